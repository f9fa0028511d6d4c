SELECT state_key, kind, track, status, as_of, item_key, evidence, sources, updated_at,
       imposer, target, scope, parties, rate, effective, expires, previous_rate,
       effective_seen, expires_seen, inferred, expiry_passed
FROM state ORDER BY kind, imposer, target, scope, parties;
