-- Newest first; the change's columns, then the dismissal's.
SELECT * FROM dismissals ORDER BY dismissed_at DESC, change_id;
