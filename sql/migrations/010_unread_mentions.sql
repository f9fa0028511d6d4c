-- Rate mentions the rules could not read (extract/unread.py): a sentence with a
-- tariff word, a percentage and a country that gave no fact for that percentage.
-- Kept for `tariffwatch unread`, one row per item and sentence; never folded, never
-- alerted. Written with the item's facts and replaced with them; rebuild clears it.
CREATE TABLE unread_mentions (
    item_key   VARCHAR NOT NULL,
    sentence   VARCHAR NOT NULL,
    ordinal    INTEGER NOT NULL,     -- the sentence's place among the item's, headline first
    rates      DOUBLE[] NOT NULL,    -- each unread rate as a fact would hold it
    rate_texts VARCHAR[] NOT NULL,   -- each as written: "35.3%", "15% to 41%"
    countries  VARCHAR[] NOT NULL,   -- the codes the sentence names
    PRIMARY KEY (item_key, sentence)
);
