UPDATE deliveries SET attempt_started_at = $3
WHERE change_id = $1 AND route = $2 AND status = 'pending';
