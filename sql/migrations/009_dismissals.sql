-- Dismissals: a person said "this alert was wrong". The state and changes are
-- re-derived from the stored facts without the facts behind the change, and a
-- fact that would make the same transition again while the dismissal holds
-- (silenced_until) changes nothing. `changes` is deleted and re-derived by a
-- rebuild, so each row keeps its own copy of what the change said: the
-- columns of `changes`, then the dismissal's own.
CREATE TABLE dismissals (
    change_id      VARCHAR PRIMARY KEY,
    kind           VARCHAR NOT NULL,
    state_key      VARCHAR NOT NULL,
    imposer        VARCHAR,
    target         VARCHAR,
    scope          VARCHAR,
    parties        VARCHAR,
    old_rate       DOUBLE,
    new_rate       DOUBLE,
    old_status     VARCHAR,
    new_status     VARCHAR NOT NULL,
    effective      DATE,
    expires        DATE,
    published      TIMESTAMPTZ NOT NULL,
    detected_at    TIMESTAMPTZ NOT NULL,
    evidence       VARCHAR NOT NULL,
    confidence     DOUBLE NOT NULL,
    item_key       VARCHAR NOT NULL,
    sources        VARCHAR[] NOT NULL,
    event          VARCHAR,
    deadline       DATE,
    old_deadline   DATE,
    remind_day     INTEGER,
    note           VARCHAR,
    reason         VARCHAR,
    days           INTEGER NOT NULL,         -- --days: 0 silences the very change only
    dismissed_at   TIMESTAMPTZ NOT NULL,
    silenced_until TIMESTAMPTZ NOT NULL,     -- published + days
    silenced       INTEGER NOT NULL DEFAULT 0 -- facts of other stories it kept from the state
);

-- The retraction outbox, like health_notices: one row per dismissed change and
-- route that had been sent the change. 'pending' until the route takes it,
-- then 'sent'; 'withdrawn' when the dismissal was undone before it went out.
CREATE TABLE retractions (
    change_id     VARCHAR NOT NULL,
    route         VARCHAR NOT NULL,
    first_sent_at TIMESTAMPTZ,               -- when the route was sent the wrong alert
    created_at    TIMESTAMPTZ NOT NULL,
    status        VARCHAR NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    last_error    VARCHAR,
    sent_at       TIMESTAMPTZ,
    PRIMARY KEY (change_id, route)
);

-- deliveries.status gains 'dismissed': the change was dismissed before the route
-- was sent it, so it never goes out (undone: 'pending' again).
