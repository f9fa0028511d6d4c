-- When a delivery's last attempt started. Set (and committed) just before a
-- route is called, cleared when the route answers. A pending row that still
-- has it was interrupted mid-send (the process died): the route may already
-- have the alert, so it is re-sent marked as a possible repeat.
ALTER TABLE deliveries ADD COLUMN attempt_started_at TIMESTAMPTZ;
