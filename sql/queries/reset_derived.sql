-- Rebuild: state and changes are derived from facts and recomputed. Deliveries
-- stay: a change that comes back has the same id and keeps its delivery status.
-- What each dismissal silenced is counted again as the facts are folded again.
DELETE FROM state;
DELETE FROM changes;
UPDATE dismissals SET silenced = 0;
