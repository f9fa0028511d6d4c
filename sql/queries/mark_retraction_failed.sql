UPDATE retractions SET attempts = attempts + 1, last_error = $3
WHERE change_id = $1 AND route = $2 AND status = 'pending';
