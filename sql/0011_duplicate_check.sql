-- The duplicate check cannot dump the company: rate limit, rollback-proof trail, normalised names.
-- (placeholder: filled in by the work of issue 11)
select 1;
