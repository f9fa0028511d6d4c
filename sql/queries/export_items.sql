-- Export: the format follows the file's extension (.parquet or .csv, with a header).
COPY (SELECT * FROM items ORDER BY published, key) TO $1;
