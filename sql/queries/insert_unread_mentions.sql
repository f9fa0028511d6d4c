INSERT INTO unread_mentions (item_key, sentence, ordinal, rates, rate_texts, countries)
SELECT unnest($1::VARCHAR[]), unnest($2::VARCHAR[]), unnest($3::INTEGER[]),
       unnest($4::DOUBLE[][]), unnest($5::VARCHAR[][]), unnest($6::VARCHAR[][]);
