-- Export: the format follows the file's extension (.parquet or .csv, with a header).
COPY (SELECT * FROM facts ORDER BY published, item_key, ordinal) TO $1;
