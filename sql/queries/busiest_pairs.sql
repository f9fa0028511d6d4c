-- The country pairs with the most changes, busiest first: 'a' < 'b', either direction counted.
WITH pairs AS (
    SELECT least(imposer, target) AS a, greatest(imposer, target) AS b, published
    FROM changes
    WHERE kind = 'tariff' AND target <> '*' AND coalesce(event, '') NOT LIKE '%reminder'
    UNION ALL
    SELECT split_part(parties, ',', 1), split_part(parties, ',', 2), published
    FROM changes
    WHERE kind = 'negotiation'
)
SELECT a, b, count(*) AS changes, max(published) AS latest
FROM pairs
GROUP BY a, b
ORDER BY changes DESC, latest DESC, a, b
LIMIT $1;
