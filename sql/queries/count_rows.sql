-- Rows per exportable table, for the export report.
SELECT 'items' AS name, count(*) AS n FROM items
UNION ALL SELECT 'facts', count(*) FROM facts
UNION ALL SELECT 'state', count(*) FROM state
UNION ALL SELECT 'changes', count(*) FROM changes;
