-- New answers; a story asked again with --refresh-llm replaces its old answer.
INSERT OR REPLACE INTO llm_answers
    (story_hash, model, prompt_version, content, prompt_tokens, completion_tokens, created_at)
SELECT unnest($1::VARCHAR[]), $2, $3, unnest($4::VARCHAR[]), unnest($5::INTEGER[]),
       unnest($6::INTEGER[]), $7::TIMESTAMPTZ;
