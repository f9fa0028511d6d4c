UPDATE feed_alerts SET last_notified = $2, reminders = reminders + 1 WHERE feed = $1;
