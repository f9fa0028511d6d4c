-- Per route: changes delivered (of them in grouped messages, and after a retry),
-- pending (with the last error, and since when the oldest has waited).
SELECT route,
       count(*) FILTER (WHERE status = 'sent') AS delivered,
       count(*) FILTER (WHERE status = 'sent' AND group_id IS NOT NULL) AS grouped,
       count(*) FILTER (WHERE retries > 0) AS retried,
       count(*) FILTER (WHERE status = 'pending') AS pending,
       max(last_error) FILTER (WHERE status = 'pending') AS last_error,
       min(created_at) FILTER (WHERE status = 'pending') AS pending_since,
       max(sent_at) AS last_sent_at
FROM deliveries
GROUP BY route
ORDER BY route;
