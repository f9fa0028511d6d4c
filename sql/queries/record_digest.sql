-- $1 route, $2 sent at, $3 number of changes
INSERT INTO digests (route, last_sent_at, last_changes, digests_sent)
VALUES ($1, $2, $3, 1)
ON CONFLICT (route) DO UPDATE SET
    last_sent_at = excluded.last_sent_at,
    last_changes = excluded.last_changes,
    digests_sent = digests.digests_sent + 1;
