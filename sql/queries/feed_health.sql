SELECT * FROM feeds WHERE name IN (SELECT unnest($1::VARCHAR[]));
