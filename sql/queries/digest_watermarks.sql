SELECT route, last_sent_at, last_changes, digests_sent FROM digests ORDER BY route;
