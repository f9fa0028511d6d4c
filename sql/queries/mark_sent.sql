-- $1: change ids, $2: route, $3: when, $4: tries made, $5: of them retries,
-- $6: the grouped message that carried them (NULL: each went alone).
UPDATE deliveries
SET status = 'sent', sent_at = $3, attempts = attempts + $4,
    retries = coalesce(retries, 0) + $5, group_id = $6, last_error = NULL,
    attempt_started_at = NULL
WHERE route = $2 AND status = 'pending' AND change_id IN (SELECT unnest($1::VARCHAR[]));
