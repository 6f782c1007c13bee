-- private.month_figures, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0039_month_close.sql

CREATE OR REPLACE FUNCTION private.month_figures(p_node_kind text, p_node_id bigint, p_month text)
 RETURNS jsonb
 LANGUAGE plpgsql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    r record;
    units bigint[];
    person bigint;
    month_end date;
    out jsonb;
begin
    perform private.node_checked(p_node_kind, p_node_id);
    select * into r from private.month_range(p_month);
    month_end := r.after_day - 1;
    if p_node_kind = 'unit' then
        units := private.unit_subtree(p_node_id);
    elsif p_node_kind = 'person' then
        person := p_node_id;
    end if;
    out := jsonb_build_object(
        'month', p_month, 'first_day', r.first_day, 'last_day', month_end,
        'node', jsonb_build_object('kind', p_node_kind, 'id', p_node_id, 'name',
            case p_node_kind when 'company' then (select coalesce(p.short_name, p.legal_name) from sales.company_profile p limit 1)
                             when 'unit' then (select u.name from sales.org_units u where u.id = p_node_id)
                             else (select e.name from sales.employees e where e.id = p_node_id) end));
    out := out || jsonb_build_object('attainment', coalesce((
        select jsonb_agg(jsonb_build_object(
            'metric', m.code, 'metric_name', m.name, 'metric_name_en', m.name_en, 'measure', m.measure,
            'role', a.role, 'node_kind', a.node_kind, 'node_id', a.node_id, 'name', a.name,
            'target', case when a.target is null then null else a.target::text end,
            'actual', a.actual::text,
            'percent', case when a.percent is null then null else a.percent::text end,
            'tier', private.month_tier(m.code, a.node_kind, a.node_id, r.first_day, r.after_day, a.actual))
            order by m.sort_order, m.code, a.ord)
        from sales.metrics m
            cross join lateral (select x.*, row_number() over () as ord
                                from api.attainment(m.code, p_node_kind, p_node_id, p_month) x) a
        where m.active), '[]'::jsonb));
    out := out || jsonb_build_object('contracts', coalesce((
        select jsonb_agg(jsonb_build_object(
            'id', c.id, 'number', c.number, 'title', c.title, 'customer', k.name, 'owner', o.name,
            'approved_on', c.approved_at::date,
            'amount', private.month_money(c.amount), 'tax_amount', private.month_money(c.tax_amount),
            'total_amount', private.month_money(c.total_amount), 'status', c.status,
            'changed_at', c.updated_at) order by c.approved_at, c.id)
        from sales.contracts c
            left join sales.customers k on k.id = c.customer_id
            left join sales.employees o on o.id = c.owner_id
        where private.contract_counts(c.status)
          and c.approved_at >= r.first_day
          and c.approved_at < r.after_day
          and private.month_owner_in(units, person, c.owner_id,
                                     c.approved_at::date)),
        '[]'::jsonb));
    out := out || jsonb_build_object('payments', coalesce((
        select jsonb_agg(jsonb_build_object(
            'id', p.id, 'contract_number', c.number, 'contract', c.title, 'customer', k.name,
            'owner', o.name, 'received_on', p.received_on, 'amount', private.month_money(p.amount),
            'method', p.method, 'reference', p.reference, 'changed_at', p.updated_at)
            order by p.received_on, p.id)
        from sales.payments p
            join sales.contracts c on c.id = p.contract_id
            left join sales.customers k on k.id = c.customer_id
            left join sales.employees o on o.id = c.owner_id
        where p.status = 'approved' and p.received_on >= r.first_day and p.received_on < r.after_day
          and private.month_owner_in(units, person, c.owner_id, p.received_on)), '[]'::jsonb));
    out := out || jsonb_build_object('invoices', coalesce((
        select jsonb_agg(jsonb_build_object(
            'id', i.id, 'number', i.number, 'contract_number', c.number, 'customer', k.name,
            'owner', o.name, 'issued_on', i.issued_on, 'invoice_type', i.invoice_type,
            'amount', private.month_money(i.amount), 'tax_amount', private.month_money(i.tax_amount),
            'total_amount', private.month_money(i.total_amount), 'changed_at', i.updated_at)
            order by i.issued_on, i.id)
        from sales.invoices i
            join sales.contracts c on c.id = i.contract_id
            left join sales.customers k on k.id = c.customer_id
            left join sales.employees o on o.id = c.owner_id
        where i.issued_on >= r.first_day and i.issued_on < r.after_day
          and private.month_owner_in(units, person, c.owner_id, i.issued_on)), '[]'::jsonb));
    out := out || jsonb_build_object('receivables', coalesce((
        with c as materialized (
            select c.id, c.number, c.title, c.customer_id, c.owner_id, c.total_amount
            from sales.contracts c
            where private.contract_counts(c.status) and c.approved_at < r.after_day
              and private.month_owner_in(units, person, c.owner_id, month_end)
        ), paid as (
            select p.contract_id, sum(p.amount) as received from sales.payments p join c on c.id = p.contract_id
            where p.status = 'approved' and p.received_on <= month_end group by p.contract_id
        ), plan as (
            select i.contract_id, i.amount, i.due_on,
                   sum(i.amount) over (partition by i.contract_id order by i.due_on, i.id) as running
            from sales.instalments i join c on c.id = i.contract_id
        ), open as (
            select pl.contract_id, greatest(0, least(pl.amount, pl.running - coalesce(pd.received, 0))) as unpaid,
                   greatest(0, month_end - pl.due_on) as days
            from plan pl left join paid pd on pd.contract_id = pl.contract_id
        ), aged as (
            select o.contract_id,
                   coalesce(sum(unpaid) filter (where days = 0), 0) as nd,
                   coalesce(sum(unpaid) filter (where days between 1 and 30), 0) as b1,
                   coalesce(sum(unpaid) filter (where days between 31 and 60), 0) as b2,
                   coalesce(sum(unpaid) filter (where days between 61 and 90), 0) as b3,
                   coalesce(sum(unpaid) filter (where days > 90), 0) as b4,
                   coalesce(sum(unpaid), 0) as planned_open
            from open o group by o.contract_id
        )
        select jsonb_agg(jsonb_build_object(
            'contract_id', c.id, 'number', c.number, 'title', c.title, 'customer', k.name,
            'owner', o.name, 'total_amount', private.month_money(c.total_amount),
            'received', private.month_money(pd.received),
            'receivable', private.month_money(c.total_amount - coalesce(pd.received, 0)),
            'not_due', private.month_money(a.nd), 'd1_30', private.month_money(a.b1),
            'd31_60', private.month_money(a.b2), 'd61_90', private.month_money(a.b3),
            'd91_plus', private.month_money(a.b4),
            'unplanned', private.month_money(greatest(0, c.total_amount - coalesce(pd.received, 0)
                                                         - coalesce(a.planned_open, 0))))
            order by c.number, c.id)
        from c
            left join paid pd on pd.contract_id = c.id
            left join aged a on a.contract_id = c.id
            left join sales.customers k on k.id = c.customer_id
            left join sales.employees o on o.id = c.owner_id
        where c.total_amount - coalesce(pd.received, 0) <> 0), '[]'::jsonb));
    out := out || jsonb_build_object('new_customers', coalesce((
        select jsonb_agg(jsonb_build_object(
            'id', k.id, 'name', k.name, 'industry', k.industry, 'region', k.region, 'phone', k.phone,
            'owner', o.name, 'created_on', k.created_at::date,
            'changed_at', k.updated_at) order by k.created_at, k.id)
        from sales.customers k left join sales.employees o on o.id = k.owner_id
        where k.created_at >= r.first_day
          and k.created_at < r.after_day and k.owner_id is not null
          and private.month_owner_in(units, person, k.owner_id,
                                     k.created_at::date)),
        '[]'::jsonb));
    out := out || jsonb_build_object('leads_converted', coalesce((
        select jsonb_agg(jsonb_build_object(
            'id', l.id, 'company_name', l.company_name, 'contact_name', l.contact_name,
            'source', l.source, 'owner', o.name,
            'converted_on', l.converted_at::date,
            'changed_at', l.updated_at) order by l.converted_at, l.id)
        from sales.leads l left join sales.employees o on o.id = l.owner_id
        where l.converted_at >= r.first_day
          and l.converted_at < r.after_day and l.owner_id is not null
          and private.month_owner_in(units, person, l.owner_id,
                                     l.converted_at::date)),
        '[]'::jsonb));
    out := out || jsonb_build_object('followups', coalesce((
        select jsonb_agg(jsonb_build_object('owner_id', x.owner_id, 'owner', o.name, 'count', x.n,
                                            'customers', x.customers, 'last_at', x.last_at)
                         order by x.n desc, o.name, x.owner_id)
        from (select f.owner_id, count(*)::integer as n, count(distinct f.customer_id)::integer as customers,
                     max(f.happened_at) as last_at
              from sales.followups f
              where f.archived_at is null and f.happened_at >= r.first_day
                and f.happened_at < r.after_day
                and private.month_owner_in(units, person, f.owner_id,
                                           f.happened_at::date)
              group by f.owner_id) x
            left join sales.employees o on o.id = x.owner_id), '[]'::jsonb));
    out := out || jsonb_build_object('expenses', coalesce((
        select jsonb_agg(jsonb_build_object(
            'id', e.id, 'owner', o.name, 'spent_on', e.spent_on, 'category', g.name,
            'category_en', g.name_en, 'amount', private.month_money(e.amount), 'customer', k.name,
            'note', e.note, 'changed_at', e.updated_at) order by e.spent_on, e.id)
        from sales.expenses e
            join sales.expense_categories g on g.code = e.category
            left join sales.customers k on k.id = e.customer_id
            left join sales.employees o on o.id = e.owner_id
        where e.status = 'approved' and e.archived_at is null
          and e.spent_on >= r.first_day and e.spent_on < r.after_day
          and private.month_owner_in(units, person, e.owner_id, e.spent_on)), '[]'::jsonb));
    out := out || jsonb_build_object('pipeline', coalesce((
        select jsonb_agg(jsonb_build_object(
            'id', d.id, 'title', d.title, 'customer', k.name, 'owner', o.name, 'stage', s.name,
            'stage_en', s.name_en, 'amount', private.month_money(d.amount),
            'probability', d.probability::text,
            'weighted', private.month_money(d.amount * d.probability / 100),
            'expected_close', d.expected_close_date, 'forecast_category', d.forecast_category)
            order by d.expected_close_date nulls last, d.id)
        from sales.opportunities d
            join sales.opportunity_stages s on s.id = d.stage_id
            left join sales.customers k on k.id = d.customer_id
            left join sales.employees o on o.id = d.owner_id
        where d.archived_at is null and s.outcome is null
          and private.month_owner_in(units, person, d.owner_id, month_end)), '[]'::jsonb));
    out := out || jsonb_build_object('forecast', coalesce((
        select jsonb_agg(jsonb_build_object('category', x.category, 'deals', x.n,
                                            'amount', private.month_money(x.amount),
                                            'weighted', private.month_money(x.weighted))
                         order by x.category)
        from (select p ->> 'forecast_category' as category, count(*)::integer as n,
                     sum((p ->> 'amount')::numeric) as amount, sum((p ->> 'weighted')::numeric) as weighted
              from jsonb_array_elements(out -> 'pipeline') p group by 1) x), '[]'::jsonb));
    return out;
end
$function$;
alter function private.month_figures(p_node_kind text, p_node_id bigint, p_month text) owner to salesdesk_owner;
grant execute on function private.month_figures(p_node_kind text, p_node_id bigint, p_month text) to salesdesk_api;
