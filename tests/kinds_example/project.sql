-- A plain owned kind, declared as README "A new kind of record" says: the example of
-- "How to add a kind's screens" (tests/test_kind_screens.py declares it in a scratch company).
set local role salesdesk_owner;
create table sales.t_projects (
    id bigint generated always as identity primary key,
    holder_id bigint references sales.employees (id),
    name text not null check (length(name) between 1 and 200),
    budget numeric(14,2) not null default 0 check (budget >= 0),
    due_on date check (due_on >= date '2020-01-01'),  -- the client does not know: the database says it
    status text not null default 'planned' check (status in ('planned', 'running', 'done')),
    customer_id bigint references sales.customers (id),
    archived_at timestamptz,
    version integer not null default 1,
    created_at timestamptz not null default now(),
    created_by bigint,
    updated_at timestamptz not null default now(),
    updated_by bigint);
call private.declare_kind('t_project', 'sales.t_projects', 't_projects', p_owner_column => 'holder_id',
    p_shares => true, p_archivable => true,
    p_insertable => array['name', 'budget', 'due_on', 'status', 'customer_id'],
    p_writable => array['name', 'budget', 'due_on', 'status', 'customer_id'],
    p_sorts => '{"budget": "budget", "due_on": "due_on", "updated_at": "updated_at"}',
    p_filters => array['status']);
call private.declare_search('t_project', 'name', p_text => array['name'], p_pinyin => array['name']);
call private.declare_reference('t_project', 'customer_id', 'customer');  -- one the writer sees
reset role;
call private.declare_api('t_project', 'p',
    'p.id, p.name, p.budget, p.due_on, p.status, p.customer_id, c.name as customer_name,
     p.holder_id as owner_id, e.name as owner_name, p.updated_at, p.archived_at, p.version',
    'left join sales.employees e on e.id = p.holder_id left join sales.customers c on c.id = p.customer_id',
    'p.name_sort, p.id', p_get => true);
