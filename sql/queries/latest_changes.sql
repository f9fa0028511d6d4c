-- The newest changes first, with the title and link of the item that reported each.
SELECT c.seq, c.kind, c.state_key, c.imposer, c.target, c.scope, c.parties,
       c.old_rate, c.new_rate, c.old_status, c.new_status, c.effective, c.expires,
       c.published, c.detected_at, c.evidence, c.confidence, c.sources,
       i.title AS item_title, i.link AS item_link, i.source AS item_source
FROM changes c
LEFT JOIN items i ON i.key = c.item_key
WHERE coalesce(c.event, '') NOT LIKE '%reminder'
ORDER BY c.seq DESC
LIMIT $1;
