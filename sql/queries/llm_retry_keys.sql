-- Items waiting for the model, oldest first, leaving out those whose replies
-- were malformed too often and those still in the work queue.
SELECT r.item_key
FROM llm_retries r
WHERE r.malformed < $1
  AND r.item_key IN (SELECT key FROM items)
  AND r.item_key NOT IN (SELECT item_key FROM work_queue WHERE stage = 'extract')
ORDER BY r.first_at, r.item_key
LIMIT $2;
