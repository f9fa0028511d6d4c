SELECT route, status, count(*) AS n, max(last_error) AS last_error
FROM deliveries GROUP BY route, status ORDER BY route, status;
