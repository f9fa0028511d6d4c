DELETE FROM unread_mentions WHERE item_key IN (SELECT unnest($1::VARCHAR[]));
