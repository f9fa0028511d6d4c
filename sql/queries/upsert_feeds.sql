-- Every feed's health after a run in one statement (a statement per feed cost ~10 ms each).
INSERT OR REPLACE INTO feeds (name, url, etag, last_modified, permanent_url, error_count,
                              last_error_code, last_error, last_checked, last_success,
                              next_check, http_status, items_seen)
SELECT unnest($1::VARCHAR[]), unnest($2::VARCHAR[]), unnest($3::VARCHAR[]), unnest($4::VARCHAR[]),
       unnest($5::VARCHAR[]), unnest($6::INTEGER[]), unnest($7::VARCHAR[]), unnest($8::VARCHAR[]),
       unnest($9::TIMESTAMPTZ[]), unnest($10::TIMESTAMPTZ[]), unnest($11::TIMESTAMPTZ[]),
       unnest($12::INTEGER[]), unnest($13::INTEGER[]);
