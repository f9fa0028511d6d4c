-- Rebuild: state and changes are derived from facts and recomputed. Deliveries
-- stay: a change that comes back has the same id and keeps its delivery status.
DELETE FROM state;
DELETE FROM changes;
