-- Every route a server asked to wait, and until when (expired rests included).
SELECT route, rest_until, asked_seconds, capped
FROM route_rests
ORDER BY route;
