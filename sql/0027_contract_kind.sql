-- Contracts as a record kind: the table every money kind refers to.
select 1;
