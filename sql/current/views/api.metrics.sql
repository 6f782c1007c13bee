-- api.metrics, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0033_performance_basis.sql

create view api.metrics as
 SELECT code,
    name,
    name_en,
    source,
    date_field,
    measure,
    counts,
    counts_en,
    sort_order
   FROM api.metric_rows() metric_rows(code, name, name_en, source, date_field, measure, counts, counts_en, sort_order);
alter view api.metrics owner to salesdesk_api;
grant select on table api.metrics to salesdesk_user;
