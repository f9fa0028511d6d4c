-- Per dismissed change: routes told, and routes still to be told.
SELECT change_id,
       count(*) FILTER (WHERE status = 'sent') AS told,
       count(*) FILTER (WHERE status = 'pending') AS to_tell
FROM retractions
GROUP BY change_id;
