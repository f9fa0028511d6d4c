SELECT * FROM changes WHERE seq > $1 ORDER BY seq LIMIT $2;
