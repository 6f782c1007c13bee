-- The receivables list and its ageing read the kept receivable rows.
select 1;
