-- A change id is a hash of the transition: re-running a cycle cannot add it twice.
INSERT INTO changes (change_id, kind, state_key, imposer, target, scope, parties, old_rate,
                     new_rate, old_status, new_status, effective, expires, published,
                     detected_at, evidence, confidence, item_key, sources)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
ON CONFLICT (change_id) DO NOTHING
RETURNING change_id;
