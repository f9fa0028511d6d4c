-- Views any DuckDB client can query. Re-created on every open, so they follow the code.

CREATE OR REPLACE VIEW current_tariffs AS
SELECT imposer, target, scope, rate, status, effective, expires, as_of, sources, evidence
FROM state
WHERE kind = 'tariff'
ORDER BY imposer, target, scope;

CREATE OR REPLACE VIEW negotiation_status AS
SELECT parties, status, as_of, sources, evidence
FROM state
WHERE kind = 'negotiation'
ORDER BY parties;

CREATE OR REPLACE VIEW tariff_history AS
SELECT seq, imposer, target, scope, old_rate, new_rate, old_status, new_status,
       effective, expires, published, detected_at, sources, evidence
FROM changes
WHERE kind = 'tariff'
ORDER BY seq;

CREATE OR REPLACE VIEW negotiation_history AS
SELECT seq, parties, old_status, new_status, published, detected_at, sources, evidence
FROM changes
WHERE kind = 'negotiation'
ORDER BY seq;
