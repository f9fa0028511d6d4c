-- The rate a state entry held before its last move: the fold tells a stale
-- restatement of it from news, and an increment from the total it built.
ALTER TABLE state ADD COLUMN previous_rate DOUBLE;
