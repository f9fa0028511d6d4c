-- Rebuild: state and changes are derived from facts and recomputed. Deliveries
-- stay: a change that comes back has the same id and keeps its delivery status.
-- The unread rate mentions are recomputed with the facts of every item.
DELETE FROM state;
DELETE FROM changes;
DELETE FROM unread_mentions;
