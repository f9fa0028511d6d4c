-- One retraction per route that was sent the change. Dismissed again after an
-- undo: a route that had its retraction gets none twice; one withdrawn is due again.
INSERT INTO retractions (change_id, route, first_sent_at, created_at, status)
SELECT change_id, route, sent_at, $2, 'pending'
FROM deliveries
WHERE change_id = $1 AND status = 'sent'
ON CONFLICT (change_id, route) DO UPDATE SET status = 'pending', created_at = excluded.created_at
WHERE retractions.status = 'withdrawn'
RETURNING route;
