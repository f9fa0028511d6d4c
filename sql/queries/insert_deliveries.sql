INSERT INTO deliveries (change_id, route, status, created_at)
SELECT unnest($1::VARCHAR[]), unnest($2::VARCHAR[]), $3, $4::TIMESTAMPTZ
ON CONFLICT (change_id, route) DO NOTHING;
