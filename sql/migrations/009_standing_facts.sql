-- A tariff fact told as standing beside its story's news ("already faces 20%",
-- "the existing 10%", "compared with 25% for Korea"): the fold takes it as a
-- baseline the first time it hears of its key, not as a change (fold.py), and
-- `rebuild` must read it the same way. Facts stored before this read as moves.
ALTER TABLE facts ADD COLUMN standing BOOLEAN DEFAULT false;
