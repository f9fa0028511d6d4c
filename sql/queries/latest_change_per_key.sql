-- What each state entry was before its latest change (for `tariffwatch status`);
-- deadline events (reminders, moved dates, a date arriving) move no rate.
SELECT state_key, old_rate, old_status
FROM changes
WHERE event IS NULL
QUALIFY row_number() OVER (PARTITION BY state_key ORDER BY seq DESC) = 1;
