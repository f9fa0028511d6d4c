-- Oldest first, with the dismissal's copy of the change and its reason.
SELECT r.route, r.first_sent_at, r.attempts, d.*
FROM retractions r JOIN dismissals d ON d.change_id = r.change_id
WHERE r.status = 'pending' AND r.route IN (SELECT unnest($1::VARCHAR[]))
ORDER BY r.created_at, r.change_id, r.route
LIMIT $2;
