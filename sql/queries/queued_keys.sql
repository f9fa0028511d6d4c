-- The work queue is small by design; ordered so that a backlog drains oldest first.
SELECT item_key FROM work_queue WHERE stage = $1 ORDER BY queued_at, item_key LIMIT $2;
