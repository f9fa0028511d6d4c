-- Cached answers of one model and prompt version for these story hashes.
SELECT story_hash, content, prompt_tokens, completion_tokens
FROM llm_answers
WHERE model = $2 AND prompt_version = $3
  AND story_hash IN (SELECT unnest($1::VARCHAR[]));
