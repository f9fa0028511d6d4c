-- The whole store. Applied once, in a transaction, by store.migrate().

CREATE TABLE items (
    key          VARCHAR PRIMARY KEY,   -- guid:, link: or hash: prefixed; see sources
    source       VARCHAR NOT NULL,      -- feed name, or 'seeds'
    title        VARCHAR NOT NULL,
    text         VARCHAR NOT NULL,
    published    TIMESTAMPTZ NOT NULL,
    link         VARCHAR,
    guid         VARCHAR,
    content_hash VARCHAR NOT NULL,
    fetched_at   TIMESTAMPTZ NOT NULL
);

-- Items stored but not yet through extraction and fold. Small by design: the
-- hot path reads this, never the whole of `items`. A row outlives a crash, so
-- a killed cycle is finished by the next one.
CREATE TABLE work_queue (
    item_key  VARCHAR PRIMARY KEY,
    stage     VARCHAR NOT NULL,          -- 'extract', then 'fold'
    queued_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE facts (
    item_key   VARCHAR NOT NULL,
    ordinal    INTEGER NOT NULL,         -- position among the item's facts
    kind       VARCHAR NOT NULL,         -- 'tariff' | 'negotiation'
    imposer    VARCHAR,
    target     VARCHAR,
    new_rate   DOUBLE,
    old_rate   DOUBLE,
    additional BOOLEAN,
    scope      VARCHAR,
    all_goods  BOOLEAN,
    parties    VARCHAR,                  -- 'CN,US' for negotiation facts
    status     VARCHAR NOT NULL,
    current    BOOLEAN NOT NULL,
    effective  DATE,
    expires    DATE,
    evidence   VARCHAR NOT NULL,
    confidence DOUBLE NOT NULL,
    rule       VARCHAR,
    published  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (item_key, ordinal)
);

-- The last known value of every tracked key: one row per tariff (imposer,
-- target, scope), per standing threat, and per negotiating pair.
CREATE TABLE state (
    state_key VARCHAR PRIMARY KEY,
    kind      VARCHAR NOT NULL,          -- 'tariff' | 'negotiation'
    track     VARCHAR NOT NULL,          -- 'rate' | 'threat' | 'talks'
    imposer   VARCHAR,
    target    VARCHAR,
    scope     VARCHAR,
    parties   VARCHAR,
    rate      DOUBLE,
    status    VARCHAR NOT NULL,
    effective DATE,
    expires   DATE,
    as_of     TIMESTAMPTZ NOT NULL,      -- published time of the newest fact that agreed
    item_key  VARCHAR NOT NULL,
    evidence  VARCHAR NOT NULL,
    sources   VARCHAR[] NOT NULL,        -- links of the items that reported it (bounded)
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE SEQUENCE change_seq START 1;

CREATE TABLE changes (
    change_id   VARCHAR PRIMARY KEY,     -- content hash: the same transition always gets the same id
    seq         BIGINT NOT NULL DEFAULT nextval('change_seq'),
    kind        VARCHAR NOT NULL,
    state_key   VARCHAR NOT NULL,
    imposer     VARCHAR,
    target      VARCHAR,
    scope       VARCHAR,
    parties     VARCHAR,
    old_rate    DOUBLE,
    new_rate    DOUBLE,
    old_status  VARCHAR,
    new_status  VARCHAR NOT NULL,
    effective   DATE,
    expires     DATE,
    published   TIMESTAMPTZ NOT NULL,
    detected_at TIMESTAMPTZ NOT NULL,
    evidence    VARCHAR NOT NULL,
    confidence  DOUBLE NOT NULL,
    item_key    VARCHAR NOT NULL,
    sources     VARCHAR[] NOT NULL
);

-- The outbox: one row per change and route. 'sent' only after the route
-- accepted it; 'pending' rows are retried every cycle; 'suppressed' rows were
-- recorded by a rebuild and never go out.
CREATE TABLE deliveries (
    change_id  VARCHAR NOT NULL,
    route      VARCHAR NOT NULL,
    status     VARCHAR NOT NULL,         -- 'pending' | 'sent' | 'suppressed'
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error VARCHAR,
    created_at TIMESTAMPTZ NOT NULL,
    sent_at    TIMESTAMPTZ,
    PRIMARY KEY (change_id, route)
);

-- Per-feed health and HTTP validators (Miniflux keeps these on the feed row).
CREATE TABLE feeds (
    name            VARCHAR PRIMARY KEY,
    url             VARCHAR NOT NULL,
    etag            VARCHAR,
    last_modified   VARCHAR,
    permanent_url   VARCHAR,
    error_count     INTEGER NOT NULL DEFAULT 0,
    last_error_code VARCHAR,
    last_error      VARCHAR,
    last_checked    TIMESTAMPTZ,
    last_success    TIMESTAMPTZ,
    next_check      TIMESTAMPTZ,
    http_status     INTEGER,
    items_seen      INTEGER
);

CREATE TABLE runs (
    run_id      VARCHAR PRIMARY KEY,
    started_at  TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    summary     JSON
);
