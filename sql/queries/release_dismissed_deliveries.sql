-- The dismissal undone: a change it kept from going out goes out as it would have.
UPDATE deliveries SET status = 'pending' WHERE change_id = $1 AND status = 'dismissed';
