-- Which of these keys were stored recently, and with what content. Items are appended in
-- fetch order, so the fetched_at bound lets DuckDB skip every older row group (zone maps):
-- the cost follows the recent intake, not the size of history.
SELECT key, content_hash FROM items
WHERE fetched_at >= $2::TIMESTAMPTZ AND key IN (SELECT unnest($1::VARCHAR[]));
