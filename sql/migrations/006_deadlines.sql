-- Deadlines: when each state entry first held its dates, what the passing of a
-- date did to it, and the deadline events (moves, reminders, a date arriving)
-- recorded as changes so that they travel through the same outbox.

-- When the entry first held its current effective / expiry date. A date that
-- had already passed by then is applied quietly: a replay of old news or a
-- first run over a backlog raises no "took effect" storm, and a reminder is
-- due only for a threshold still ahead when the date was first seen.
ALTER TABLE state ADD COLUMN effective_seen TIMESTAMPTZ;
ALTER TABLE state ADD COLUMN expires_seen TIMESTAMPTZ;
-- Set when the status was inferred from a date, not told by a story:
-- 'scheduled' (in effect as scheduled, alerted) or 'backlog' (the same, applied
-- quietly because the date had passed before the fact was first seen).
ALTER TABLE state ADD COLUMN inferred VARCHAR;
-- The expiry date has passed (the rate and status stay as the stories left them).
ALTER TABLE state ADD COLUMN expiry_passed BOOLEAN NOT NULL DEFAULT false;

-- NULL for a change a story made. Otherwise one of 'effective_moved',
-- 'expiry_moved', 'effective_reminder', 'expiry_reminder', 'took_effect', 'expired'.
ALTER TABLE changes ADD COLUMN event VARCHAR;
ALTER TABLE changes ADD COLUMN deadline DATE;        -- the date the event is about
ALTER TABLE changes ADD COLUMN old_deadline DATE;    -- a moved date's previous value
ALTER TABLE changes ADD COLUMN remind_day INTEGER;   -- a reminder's threshold (days before)
ALTER TABLE changes ADD COLUMN note VARCHAR;         -- what an expiry leaves behind, in words
