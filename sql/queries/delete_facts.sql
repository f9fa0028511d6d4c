DELETE FROM facts WHERE item_key IN (SELECT unnest($1::VARCHAR[]));
