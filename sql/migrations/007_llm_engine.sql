-- The language-model engine ([extract] engine = "llm" | "hybrid").

-- Every answer a model gave, so a story is paid for once per model and prompt
-- version: `rebuild` and later runs read it from here (unless --refresh-llm).
-- story_hash is a hash of exactly what the model was shown (title, text, date).
-- No key, URL or header is ever stored.
CREATE TABLE llm_answers (
    story_hash        VARCHAR NOT NULL,
    model             VARCHAR NOT NULL,
    prompt_version    VARCHAR NOT NULL,   -- a hash of the prompt, examples and schema
    content           VARCHAR NOT NULL,   -- the reply's text: {"facts": [...]}, unvalidated
    prompt_tokens     INTEGER NOT NULL,
    completion_tokens INTEGER NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (story_hash, model, prompt_version)
);

-- Items the rules read because the model could not (down, slow, rate-limited,
-- over the run's budget, a malformed reply): offered to the model again by
-- later runs, oldest first, and deleted once it has read them. `malformed`
-- counts the failures the story itself causes (a reply that was not
-- {"facts": [...]}, a 400 for a story too long); past a limit the rules' facts stay.
CREATE TABLE llm_retries (
    item_key   VARCHAR PRIMARY KEY,
    reason     VARCHAR NOT NULL,          -- the last failure code, or over_budget
    attempts   INTEGER NOT NULL,
    malformed  INTEGER NOT NULL,
    first_at   TIMESTAMPTZ NOT NULL,
    last_at    TIMESTAMPTZ NOT NULL
);
