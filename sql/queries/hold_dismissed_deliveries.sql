-- A dismissed change not sent yet never goes out.
UPDATE deliveries SET status = 'dismissed' WHERE change_id = $1 AND status = 'pending';
