SELECT state_key, kind, track, status, as_of, item_key, evidence, sources, updated_at,
       imposer, target, scope, parties, rate, effective, expires, previous_rate
FROM state ORDER BY kind, imposer, target, scope, parties;
