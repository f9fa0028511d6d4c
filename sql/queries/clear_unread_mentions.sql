-- Rebuild reads every item again: its unread rate mentions come back with its facts.
DELETE FROM unread_mentions;
