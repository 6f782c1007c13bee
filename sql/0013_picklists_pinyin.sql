-- Industry, source and region as picklists kept as data; pinyin search with surname and place readings.
-- (placeholder: filled in by the work of issue 11)
select 1;
