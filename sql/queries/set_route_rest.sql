-- $1 route, $2 rest until, $3 seconds the server asked, $4 cut to the cap, $5 set at
INSERT INTO route_rests (route, rest_until, asked_seconds, capped, set_at)
VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (route) DO UPDATE SET
    rest_until = excluded.rest_until,
    asked_seconds = excluded.asked_seconds,
    capped = excluded.capped,
    set_at = excluded.set_at;
