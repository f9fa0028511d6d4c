DELETE FROM dismissals WHERE change_id = $1;
