-- private.duplicate_check_counts, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0011_duplicate_check.sql

create view private.duplicate_check_counts as
 SELECT e.id AS employee_id,
    e.login,
    COALESCE(s.last_value, 0::bigint) AS checks
   FROM sales.employees e
     LEFT JOIN pg_sequences s ON s.schemaname = 'private'::name AND s.sequencename = ('lookup_count_'::text || e.id);
alter view private.duplicate_check_counts owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
