-- Items published since $1 that the extract stage has read (none still queued to be
-- read), newest first: what `tariffwatch unread` looks through.
SELECT key, source, title, text, published, link, guid, content_hash
FROM items
WHERE published >= $1
  AND key NOT IN (SELECT item_key FROM work_queue WHERE stage = 'extract')
ORDER BY published DESC, key;
