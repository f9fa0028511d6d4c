SELECT key, source, title, text, published, link, guid, content_hash
FROM items WHERE key IN (SELECT unnest($1::VARCHAR[]));
