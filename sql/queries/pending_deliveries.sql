-- Oldest first, so that a route that was down gets its backlog in order.
SELECT d.route, d.attempts, d.attempt_started_at IS NOT NULL AS interrupted, c.*
FROM deliveries d JOIN changes c ON c.change_id = d.change_id
WHERE d.status = 'pending' AND d.route IN (SELECT unnest($1::VARCHAR[]))
ORDER BY c.seq
LIMIT $2;
