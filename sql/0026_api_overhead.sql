-- The API's own cost per call: caller sets and rights computed once.
select 1;
