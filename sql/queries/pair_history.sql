-- Every change between two countries, in either direction, oldest first:
-- tariff moves (rates and threats) of $1 on $2 and $2 on $1, and the talks of
-- the pair ($3 is the sorted 'AA,BB' parties string).
SELECT seq, change_id, kind, state_key, imposer, target, scope, parties,
       old_rate, new_rate, old_status, new_status, effective, expires,
       published, detected_at, evidence, confidence, item_key, sources
FROM changes
WHERE ((kind = 'tariff' AND ((imposer = $1 AND target = $2) OR (imposer = $2 AND target = $1)))
       OR (kind = 'negotiation' AND parties = $3))
  AND coalesce(event, '') NOT LIKE '%reminder'  -- a reminder is an alert, not history
ORDER BY published, seq;
