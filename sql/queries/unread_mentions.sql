-- The unread rate mentions of items published since $1, newest first.
SELECT i.published, i.source, u.rates, u.rate_texts, u.countries, u.sentence, i.link,
       u.item_key
FROM unread_mentions u
JOIN items i ON i.key = u.item_key
WHERE i.published >= $1
ORDER BY i.published DESC, u.item_key, u.ordinal;
