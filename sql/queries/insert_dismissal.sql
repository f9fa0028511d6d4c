-- A dismissal with its own copy of the change: a rebuild deletes `changes`.
INSERT INTO dismissals (change_id, kind, state_key, imposer, target, scope, parties, old_rate,
                        new_rate, old_status, new_status, effective, expires, published,
                        detected_at, evidence, confidence, item_key, sources, event, deadline,
                        old_deadline, remind_day, note, reason, days, dismissed_at,
                        silenced_until)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19,
        $20, $21, $22, $23, $24, $25, $26, $27, $28);
