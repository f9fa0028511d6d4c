-- Items still waiting for the model (those given up on are not counted).
SELECT count(*) AS n FROM llm_retries WHERE malformed < $1;
