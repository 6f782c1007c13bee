-- api.picklists, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0013_picklists_pinyin.sql

create view api.picklists as
 SELECT id,
    kind,
    name,
    sort_order,
    active
   FROM api.picklist_rows() picklist_rows(id, kind, name, sort_order, active);
alter view api.picklists owner to salesdesk_api;
grant select on table api.picklists to salesdesk_user;
