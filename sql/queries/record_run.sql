INSERT OR REPLACE INTO runs (run_id, started_at, finished_at, summary) VALUES ($1, $2, $3, $4);
