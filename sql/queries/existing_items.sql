-- Which of these keys are stored already, and with what content.
SELECT key, content_hash FROM items WHERE key IN (SELECT unnest($1::VARCHAR[]));
