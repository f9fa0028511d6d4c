-- One batch of new items; the caller has removed keys that exist.
INSERT INTO items (key, source, title, text, published, link, guid, content_hash, fetched_at)
SELECT unnest($1::VARCHAR[]), unnest($2::VARCHAR[]), unnest($3::VARCHAR[]), unnest($4::VARCHAR[]),
       unnest($5::TIMESTAMPTZ[]), unnest($6::VARCHAR[]), unnest($7::VARCHAR[]),
       unnest($8::VARCHAR[]), $9::TIMESTAMPTZ;
