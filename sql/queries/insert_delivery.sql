INSERT INTO deliveries (change_id, route, status, created_at)
VALUES ($1, $2, $3, $4)
ON CONFLICT (change_id, route) DO NOTHING;
