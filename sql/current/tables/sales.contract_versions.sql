-- sales.contract_versions, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0028_quotes_contracts.sql

create table sales.contract_versions (
    id bigint generated always as identity not null,
    contract_id bigint not null,
    amendment_no integer not null,
    fields jsonb not null,
    lines jsonb not null,
    amount numeric(14,2) not null,
    tax_amount numeric(14,2) not null,
    total_amount numeric(14,2) not null,
    request_id bigint,
    approved_by bigint,
    approved_at timestamp with time zone default clock_timestamp() not null,
    constraint contract_versions_pkey PRIMARY KEY (id),
    constraint contract_versions_contract_id_amendment_no_key UNIQUE (contract_id, amendment_no),
    constraint contract_versions_approved_by_fkey FOREIGN KEY (approved_by) REFERENCES sales.employees(id),
    constraint contract_versions_contract_id_fkey FOREIGN KEY (contract_id) REFERENCES sales.contracts(id),
    constraint contract_versions_request_id_fkey FOREIGN KEY (request_id) REFERENCES sales.approval_requests(id)
);
alter table sales.contract_versions owner to salesdesk_owner;
grant select on table sales.contract_versions to salesdesk_api;

CREATE INDEX contract_versions_contract_idx ON sales.contract_versions USING btree (contract_id, amendment_no);

alter table sales.contract_versions enable row level security;
alter table sales.contract_versions force row level security;

-- Written in: 0028_quotes_contracts.sql
create policy "the API reads what belongs to a contract the caller sees" on sales.contract_versions
    for select to salesdesk_api
    using ((EXISTS ( SELECT 1
   FROM sales.contracts c
  WHERE c.id = contract_versions.contract_id)));
