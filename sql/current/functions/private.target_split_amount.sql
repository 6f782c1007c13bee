-- private.target_split_amount, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION private.target_split_amount(p_amount numeric, p_weights numeric[], p_step numeric)
 RETURNS numeric[]
 LANGUAGE plpgsql
 IMMUTABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    n integer := coalesce(cardinality(p_weights), 0);
    w numeric[] := p_weights;
    total numeric;
    parts numeric[] := '{}';
    best integer := 1;
    i integer;
begin
    if n = 0 then
        return '{}';
    end if;
    total := (select sum(x) from unnest(w) x);
    if total is null or total <= 0 then
        w := array_fill(1::numeric, array[n]);
        total := n;
    end if;
    for i in 1 .. n loop
        parts := parts || (floor(p_amount * w[i] / total / p_step) * p_step);
        if w[i] > w[best] then
            best := i;
        end if;
    end loop;
    parts[best] := parts[best] + (p_amount - (select sum(x) from unnest(parts) x));
    return parts;
end
$function$;
alter function private.target_split_amount(p_amount numeric, p_weights numeric[], p_step numeric) owner to salesdesk_owner;
grant execute on function private.target_split_amount(p_amount numeric, p_weights numeric[], p_step numeric) to salesdesk_api;
