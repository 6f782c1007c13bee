-- Pipeline speed: maintained kanban totals, routed rows in narrow scopes' pages.
select 1;
