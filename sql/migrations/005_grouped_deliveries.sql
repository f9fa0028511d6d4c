-- Grouped delivery and in-cycle retries (issue 11).
-- group_id: the grouped message that carried this change to this route (NULL:
-- sent alone). retries: tries beyond the first, over every cycle, that this
-- delivery needed; `tariffwatch status` counts the deliveries that needed any.
ALTER TABLE deliveries ADD COLUMN group_id VARCHAR;
ALTER TABLE deliveries ADD COLUMN retries INTEGER DEFAULT 0;
