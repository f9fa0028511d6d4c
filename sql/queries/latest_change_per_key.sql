-- What each state entry was before its latest change (for `tariffwatch status`).
SELECT state_key, old_rate, old_status
FROM changes
QUALIFY row_number() OVER (PARTITION BY state_key ORDER BY seq DESC) = 1;
