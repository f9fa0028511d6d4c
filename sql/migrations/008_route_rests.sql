-- Routes a server asked to wait (429 or 503 with a Retry-After longer than
-- [alerts] retry_max_delay): later cycles skip the route until rest_until,
-- its deliveries staying pending. asked_seconds is what the server asked;
-- capped, whether rest_until was cut to [alerts] max_rest_minutes.
CREATE TABLE route_rests (
    route         VARCHAR PRIMARY KEY,
    rest_until    TIMESTAMPTZ NOT NULL,
    asked_seconds DOUBLE NOT NULL,
    capped        BOOLEAN NOT NULL,
    set_at        TIMESTAMPTZ NOT NULL
);
