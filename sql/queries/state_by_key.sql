SELECT state_key, kind, track, status, as_of, item_key, evidence, sources, updated_at,
       imposer, target, scope, parties, rate, effective, expires
FROM state WHERE state_key IN (SELECT unnest($1::VARCHAR[]));
