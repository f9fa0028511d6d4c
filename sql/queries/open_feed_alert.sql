INSERT INTO feed_alerts (feed, opened_at, last_notified, reminders)
VALUES ($1, $2, $2, 0)
ON CONFLICT (feed) DO NOTHING;
