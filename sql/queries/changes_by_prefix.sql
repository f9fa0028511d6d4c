-- The changes whose id starts with $1: `dismiss` takes a unique prefix, as git does.
SELECT * FROM changes WHERE starts_with(change_id, $1) ORDER BY seq LIMIT 10;
