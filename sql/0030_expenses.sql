-- Sales expenses through the approval rules.
select 1;
