-- Export: the format follows the file's extension (.parquet or .csv, with a header).
COPY (SELECT * FROM changes ORDER BY seq) TO $1;
