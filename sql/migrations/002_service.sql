-- The service: digest watermarks per route and feed-health alerts per feed.

-- One row per digest route: when its last digest went out and what it held.
-- The changes a digest covers are the route's pending rows in `deliveries`
-- (the outbox), so a digest that fails is retried whole and none is sent twice.
CREATE TABLE digests (
    route         VARCHAR PRIMARY KEY,
    last_sent_at  TIMESTAMPTZ NOT NULL,  -- the watermark: the next digest says "since" this
    last_changes  INTEGER NOT NULL,      -- how many changes the last digest held
    digests_sent  INTEGER NOT NULL DEFAULT 0
);

-- A feed that is down: opened after [health] failures_before_alert consecutive
-- failures, closed (deleted) when the feed recovers. At most one per feed.
CREATE TABLE feed_alerts (
    feed          VARCHAR PRIMARY KEY,
    opened_at     TIMESTAMPTZ NOT NULL,  -- when the first alert was raised
    last_notified TIMESTAMPTZ NOT NULL,  -- the first alert or the latest reminder
    reminders     INTEGER NOT NULL DEFAULT 0
);

-- The health outbox: one row per notice and route, like `deliveries`.
-- kind: 'down' | 'reminder' | 'recovered'. Sent only when the route took it.
CREATE TABLE health_notices (
    notice_id   VARCHAR NOT NULL,        -- feed + kind + time: stable, so never queued twice
    route       VARCHAR NOT NULL,
    feed        VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,
    error_count INTEGER NOT NULL,
    error_code  VARCHAR,
    error       VARCHAR,
    down_since  TIMESTAMPTZ,             -- the feed's last success, if any
    created_at  TIMESTAMPTZ NOT NULL,
    status      VARCHAR NOT NULL,        -- 'pending' | 'sent'
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  VARCHAR,
    sent_at     TIMESTAMPTZ,
    PRIMARY KEY (notice_id, route)
);
