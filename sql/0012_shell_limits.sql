-- The shell's remaining channels: plans, limits an employee cannot lift, the change feed's share events.
-- (placeholder: filled in by the work of issue 11)
select 1;
