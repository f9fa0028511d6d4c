-- Re-derive: every stored item is folded again from its stored facts. An item
-- still waiting in the queue (for extraction) keeps its place.
INSERT INTO work_queue (item_key, stage, queued_at)
SELECT key, 'fold', published FROM items
ON CONFLICT (item_key) DO NOTHING;
