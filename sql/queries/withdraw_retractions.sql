-- The dismissal undone: retractions not sent yet are no longer true.
UPDATE retractions SET status = 'withdrawn' WHERE change_id = $1 AND status = 'pending';
