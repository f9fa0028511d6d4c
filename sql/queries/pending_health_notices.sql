-- Oldest first: a down notice always goes out before its recovery.
SELECT notice_id, route, feed, kind, error_count, error_code, error, down_since, created_at,
       attempts
FROM health_notices
WHERE status = 'pending' AND route IN (SELECT unnest($1::VARCHAR[]))
ORDER BY created_at, notice_id
LIMIT $2;
