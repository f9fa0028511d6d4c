INSERT INTO work_queue (item_key, stage, queued_at)
SELECT unnest($1::VARCHAR[]), $2, $3::TIMESTAMPTZ
ON CONFLICT (item_key) DO UPDATE SET stage = excluded.stage;
