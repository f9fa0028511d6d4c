DELETE FROM llm_retries WHERE item_key IN (SELECT unnest($1::VARCHAR[]));
