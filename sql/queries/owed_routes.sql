-- Of routes $1, those with a pending delivery already tried (a failed send) or
-- cut off by a crash while the route answered: a digest owed since its run.
SELECT DISTINCT route
FROM deliveries
WHERE status = 'pending'
  AND route IN (SELECT unnest($1::VARCHAR[]))
  AND (attempts > 0 OR attempt_started_at IS NOT NULL)
ORDER BY route;
