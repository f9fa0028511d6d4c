-- A few keys, probed one by one through the primary key's ART index ({keys}: $1, $2, ...).
SELECT key, content_hash FROM items WHERE key IN ({keys});
