-- sales.opportunity_stage_history, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0018_opportunities.sql

create table sales.opportunity_stage_history (
    id bigint generated always as identity not null,
    opportunity_id bigint not null,
    changed_at timestamp with time zone default statement_timestamp() not null,
    changed_by bigint,
    from_stage_id bigint,
    to_stage_id bigint not null,
    probability numeric(5,2) not null,
    amount numeric(14,2) not null,
    constraint opportunity_stage_history_pkey PRIMARY KEY (id),
    constraint opportunity_stage_history_changed_by_fkey FOREIGN KEY (changed_by) REFERENCES sales.employees(id),
    constraint opportunity_stage_history_from_stage_id_fkey FOREIGN KEY (from_stage_id) REFERENCES sales.opportunity_stages(id),
    constraint opportunity_stage_history_opportunity_id_fkey FOREIGN KEY (opportunity_id) REFERENCES sales.opportunities(id),
    constraint opportunity_stage_history_to_stage_id_fkey FOREIGN KEY (to_stage_id) REFERENCES sales.opportunity_stages(id)
);
alter table sales.opportunity_stage_history owner to salesdesk_owner;
grant select on table sales.opportunity_stage_history to salesdesk_api;

CREATE INDEX opportunity_stage_history_idx ON sales.opportunity_stage_history USING btree (opportunity_id, id);
CREATE TRIGGER stage_close_deleted AFTER DELETE ON sales.opportunity_stage_history REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.stage_close_history_changed();
CREATE TRIGGER stage_close_emptied AFTER TRUNCATE ON sales.opportunity_stage_history FOR EACH STATEMENT EXECUTE FUNCTION private.stage_close_emptied();
CREATE TRIGGER stage_close_inserted AFTER INSERT ON sales.opportunity_stage_history REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.stage_close_history_changed();
CREATE TRIGGER stage_close_updated AFTER UPDATE ON sales.opportunity_stage_history REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.stage_close_history_changed();

alter table sales.opportunity_stage_history enable row level security;
alter table sales.opportunity_stage_history force row level security;

-- Written in: 0018_opportunities.sql
create policy "stage history is read by whoever sees the deal" on sales.opportunity_stage_history
    for select to salesdesk_api
    using ((EXISTS ( SELECT 1
   FROM sales.opportunities o
  WHERE o.id = opportunity_stage_history.opportunity_id)));
