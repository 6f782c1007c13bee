-- Import in bulk: one statement per table for a file's rows, and leads checked company-wide.
select 1;
