-- private.month_changes, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0039_month_close.sql

CREATE OR REPLACE FUNCTION private.month_changes(p_snapshot jsonb, p_live jsonb)
 RETURNS TABLE(changed_on date, section text, record_id bigint, label text, metric text, node_kind text, node_id bigint, node_name text, before numeric, after numeric, delta numeric)
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    with sections (section, amount_key, label_key, source) as (values
        ('contracts', 'total_amount', 'title', 'contracts'), ('payments', 'amount', 'contract', 'payments'),
        ('invoices', 'total_amount', 'number', null), ('expenses', 'amount', 'category', null),
        ('new_customers', null, 'name', 'customers'), ('leads_converted', null, 'company_name', 'leads')
    ), rows as (
        select s.section, s.source, coalesce((b ->> 'id')::bigint, (a ->> 'id')::bigint) as id,
               coalesce(a ->> s.label_key, b ->> s.label_key) as label,
               case when b is null then 0 when s.amount_key is null then 1 else (b ->> s.amount_key)::numeric end as before,
               case when a is null then 0 when s.amount_key is null then 1 else (a ->> s.amount_key)::numeric end as after,
               (a ->> 'changed_at')::timestamptz::date as changed_on
        from sections s
            cross join lateral (
                select b.value as b, a.value as a
                from (select value from jsonb_array_elements(coalesce(p_snapshot -> s.section, '[]'))) b
                    full join (select value from jsonb_array_elements(coalesce(p_live -> s.section, '[]'))) a
                        on (a.value ->> 'id') = (b.value ->> 'id')) x
    ), listed as (
        select * from rows where before <> after
    ), metrics as (
        select coalesce(b ->> 'metric', a ->> 'metric') as metric, m.source,
               coalesce(b ->> 'node_kind', a ->> 'node_kind') as node_kind,
               coalesce((b ->> 'node_id')::bigint, (a ->> 'node_id')::bigint) as node_id,
               coalesce(a ->> 'name', b ->> 'name') as node_name,
               coalesce((b ->> 'actual')::numeric, 0) as before, coalesce((a ->> 'actual')::numeric, 0) as after
        from (select value as b from jsonb_array_elements(coalesce(p_snapshot -> 'attainment', '[]'))) b
            full join (select value as a from jsonb_array_elements(coalesce(p_live -> 'attainment', '[]'))) a
                on (a ->> 'metric') = (b ->> 'metric') and (a ->> 'node_kind') = (b ->> 'node_kind')
               and (a ->> 'node_id') is not distinct from (b ->> 'node_id') and (a ->> 'role') = (b ->> 'role')
            left join sales.metrics m on m.code = coalesce(b ->> 'metric', a ->> 'metric')
    )
    select l.changed_on, l.section, l.id, l.label, null::text, null::text, null::bigint, null::text,
           l.before, l.after, l.after - l.before
    from listed l
    union all
    select (select max(l.changed_on) from listed l where l.source = m.source), 'attainment', null, null,
           m.metric, m.node_kind, m.node_id, m.node_name, m.before, m.after, m.after - m.before
    from metrics m where m.before <> m.after
$function$;
alter function private.month_changes(p_snapshot jsonb, p_live jsonb) owner to salesdesk_owner;
grant execute on function private.month_changes(p_snapshot jsonb, p_live jsonb) to salesdesk_api;
