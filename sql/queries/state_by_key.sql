-- The entries a fold weighs: its facts' own keys, every tariff entry of their
-- pairs ($2: 'imposer:target'), where a restatement in other words is found, and
-- every tariff entry of the countries ($3) of facts whose sides were guessed.
SELECT state_key, kind, track, status, as_of, item_key, evidence, sources, updated_at,
       imposer, target, scope, parties, rate, effective, expires, previous_rate,
       effective_seen, expires_seen, inferred, expiry_passed
FROM state
WHERE state_key IN (SELECT unnest($1::VARCHAR[]))
   OR (kind = 'tariff' AND imposer || ':' || target IN (SELECT unnest($2::VARCHAR[])))
   OR (kind = 'tariff' AND (imposer IN (SELECT unnest($3::VARCHAR[]))
                            OR target IN (SELECT unnest($3::VARCHAR[]))));
