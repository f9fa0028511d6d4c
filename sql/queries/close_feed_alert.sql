DELETE FROM feed_alerts WHERE feed = $1;
