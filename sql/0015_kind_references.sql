-- Open record kinds: references between kinds declared and checked generically, handover per kind, no customer shapes in generic code.
-- (placeholder: filled in by the work of issue 12)
select 1;
