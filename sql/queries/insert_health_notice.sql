INSERT INTO health_notices
    (notice_id, route, feed, kind, error_count, error_code, error, down_since, created_at, status)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending')
ON CONFLICT (notice_id, route) DO NOTHING;
