-- A change id is a hash of the transition: re-running a cycle cannot add it twice.
-- Rows are inserted in the fold's order, so `seq` follows it.
INSERT INTO changes (change_id, kind, state_key, imposer, target, scope, parties, old_rate, new_rate, old_status, new_status, effective, expires, published, detected_at, evidence, confidence, item_key, sources, event, deadline, old_deadline, remind_day, note)
SELECT change_id, kind, state_key, imposer, target, scope, parties, old_rate, new_rate, old_status, new_status, effective, expires, published, detected_at, evidence, confidence, item_key, sources, event, deadline, old_deadline, remind_day, note
FROM (
    SELECT unnest($1::VARCHAR[]) AS change_id,
           unnest($2::VARCHAR[]) AS kind,
           unnest($3::VARCHAR[]) AS state_key,
           unnest($4::VARCHAR[]) AS imposer,
           unnest($5::VARCHAR[]) AS target,
           unnest($6::VARCHAR[]) AS scope,
           unnest($7::VARCHAR[]) AS parties,
           unnest($8::DOUBLE[]) AS old_rate,
           unnest($9::DOUBLE[]) AS new_rate,
           unnest($10::VARCHAR[]) AS old_status,
           unnest($11::VARCHAR[]) AS new_status,
           unnest($12::DATE[]) AS effective,
           unnest($13::DATE[]) AS expires,
           unnest($14::TIMESTAMPTZ[]) AS published,
           unnest($15::TIMESTAMPTZ[]) AS detected_at,
           unnest($16::VARCHAR[]) AS evidence,
           unnest($17::DOUBLE[]) AS confidence,
           unnest($18::VARCHAR[]) AS item_key,
           unnest($19::VARCHAR[][]) AS sources,
           unnest($20::VARCHAR[]) AS event,
           unnest($21::DATE[]) AS deadline,
           unnest($22::DATE[]) AS old_deadline,
           unnest($23::INTEGER[]) AS remind_day,
           unnest($24::VARCHAR[]) AS note,
           unnest(range(len($1::VARCHAR[]))) AS position
)
ORDER BY position
ON CONFLICT (change_id) DO NOTHING
RETURNING change_id;
