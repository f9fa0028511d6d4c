INSERT OR REPLACE INTO state (state_key, kind, track, status, as_of, item_key, evidence, sources,
                              updated_at, imposer, target, scope, parties, rate, effective, expires)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16);
