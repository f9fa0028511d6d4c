SELECT feed, opened_at, last_notified, reminders FROM feed_alerts ORDER BY feed;
