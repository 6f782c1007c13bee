-- private.opportunity_derive, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0018_opportunities.sql

CREATE OR REPLACE FUNCTION private.opportunity_derive()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    st sales.opportunity_stages;
    lines numeric;
    moved boolean := tg_op = 'INSERT' or new.stage_id is distinct from old.stage_id;
begin
    if new.stage_id is null then
        select s.id into new.stage_id from sales.opportunity_stages s join sales.sales_processes p on p.id = s.process_id
        where p.code = 'default' and s.active order by s.position limit 1;
    end if;
    select * into st from sales.opportunity_stages where id = new.stage_id;
    if st.id is null then
        raise exception 'referenced record not found' using errcode = 'P0002';
    end if;
    if moved and (tg_op = 'INSERT' and new.probability is null
                  or tg_op = 'UPDATE' and new.probability is not distinct from old.probability) then
        new.probability := st.probability;
    end if;
    new.forecast_category := st.forecast_category;
    if st.outcome is null then
        new.closed_at := null;
    elsif moved then
        new.closed_at := statement_timestamp();
    end if;
    if st.outcome = 'lost' and coalesce(btrim(new.won_lost_reason), '') = '' then
        raise exception 'a lost deal needs a reason' using errcode = '23514';
    end if;
    if tg_op = 'UPDATE' then
        select sum(l.amount) into lines from sales.opportunity_lines l where l.opportunity_id = new.id;
        if lines is not null and new.amount <> lines then
            if new.amount is distinct from old.amount then
                raise exception 'the amount follows the product lines' using errcode = '23514';
            end if;
            new.amount := lines;
        end if;
    end if;
    new.name_sort := private.pinyin_key(new.title);
    new.search_text := concat_ws(E'\x1f', private.search_norm(new.title), private.pinyin_search(new.title));
    new.search_grams := private.search_grams(new.search_text);
    return new;
end
$function$;
alter function private.opportunity_derive() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
