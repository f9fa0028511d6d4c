-- One statement for every state entry a fold moved.
INSERT OR REPLACE INTO state (state_key, kind, track, status, as_of, item_key, evidence, sources,
                              updated_at, imposer, target, scope, parties, rate, effective, expires,
                              previous_rate, effective_seen, expires_seen, inferred, expiry_passed)
SELECT unnest($1::VARCHAR[]), unnest($2::VARCHAR[]), unnest($3::VARCHAR[]), unnest($4::VARCHAR[]),
       unnest($5::TIMESTAMPTZ[]), unnest($6::VARCHAR[]), unnest($7::VARCHAR[]),
       unnest($8::VARCHAR[][]), unnest($9::TIMESTAMPTZ[]), unnest($10::VARCHAR[]),
       unnest($11::VARCHAR[]), unnest($12::VARCHAR[]), unnest($13::VARCHAR[]),
       unnest($14::DOUBLE[]), unnest($15::DATE[]), unnest($16::DATE[]), unnest($17::DOUBLE[]),
       unnest($18::TIMESTAMPTZ[]), unnest($19::TIMESTAMPTZ[]), unnest($20::VARCHAR[]),
       unnest($21::BOOLEAN[]);
