SELECT run_id, started_at, finished_at, summary FROM runs ORDER BY started_at DESC LIMIT 1;
