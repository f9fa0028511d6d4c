UPDATE retractions SET status = 'sent', sent_at = $3, attempts = attempts + 1, last_error = NULL
WHERE change_id = $1 AND route = $2 AND status = 'pending';
