-- Export: the format follows the file's extension (.parquet or .csv, with a header).
COPY (SELECT * FROM state ORDER BY kind, state_key) TO $1;
