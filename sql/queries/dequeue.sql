DELETE FROM work_queue WHERE item_key IN (SELECT unnest($1::VARCHAR[]));
