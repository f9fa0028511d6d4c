-- Items the rules read in the model's place: one more attempt each.
INSERT INTO llm_retries (item_key, reason, attempts, malformed, first_at, last_at)
SELECT unnest($1::VARCHAR[]), unnest($2::VARCHAR[]), 1, unnest($3::INTEGER[]),
       $4::TIMESTAMPTZ, $4::TIMESTAMPTZ
ON CONFLICT (item_key) DO UPDATE SET
    reason = excluded.reason,
    attempts = llm_retries.attempts + 1,
    malformed = llm_retries.malformed + excluded.malformed,
    last_at = excluded.last_at;
