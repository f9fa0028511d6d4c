-- $1: change ids, $2: route, $3: the error (no secrets), $4: tries made, $5: of them retries.
UPDATE deliveries
SET attempts = attempts + $4, retries = coalesce(retries, 0) + $5, last_error = $3,
    attempt_started_at = NULL
WHERE route = $2 AND status = 'pending' AND change_id IN (SELECT unnest($1::VARCHAR[]));
