INSERT INTO facts (item_key, ordinal, kind, imposer, target, new_rate, old_rate, additional, scope,
                   all_goods, parties, status, current, effective, expires, evidence, confidence,
                   rule, published)
SELECT unnest($1::VARCHAR[]), unnest($2::INTEGER[]), unnest($3::VARCHAR[]), unnest($4::VARCHAR[]),
       unnest($5::VARCHAR[]), unnest($6::DOUBLE[]), unnest($7::DOUBLE[]), unnest($8::BOOLEAN[]),
       unnest($9::VARCHAR[]), unnest($10::BOOLEAN[]), unnest($11::VARCHAR[]),
       unnest($12::VARCHAR[]), unnest($13::BOOLEAN[]), unnest($14::DATE[]), unnest($15::DATE[]),
       unnest($16::VARCHAR[]), unnest($17::DOUBLE[]), unnest($18::VARCHAR[]),
       unnest($19::TIMESTAMPTZ[]);
