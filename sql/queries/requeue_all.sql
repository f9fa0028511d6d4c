-- Rebuild: every stored item goes through extraction again.
INSERT INTO work_queue (item_key, stage, queued_at)
SELECT key, 'extract', published FROM items
ON CONFLICT (item_key) DO UPDATE SET stage = 'extract';
