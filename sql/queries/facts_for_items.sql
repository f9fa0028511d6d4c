-- Facts of the given items with where they came from, in the order the fold reads them.
SELECT f.item_key, f.ordinal, f.kind, f.imposer, f.target, f.new_rate, f.old_rate, f.additional,
       f.scope, f.all_goods, f.parties, f.status, f.current, f.effective, f.expires, f.evidence,
       f.confidence, f.rule, f.published, i.link, i.source
FROM facts f JOIN items i ON i.key = f.item_key
WHERE f.item_key IN (SELECT unnest($1::VARCHAR[]))
ORDER BY f.published, f.item_key, f.ordinal;
