-- $1: change ids, $2: route, $3: when. Set (and committed) just before the route
-- is called, cleared when it answers; see 003_delivery_attempts.sql.
UPDATE deliveries SET attempt_started_at = $3
WHERE route = $2 AND status = 'pending' AND change_id IN (SELECT unnest($1::VARCHAR[]));
