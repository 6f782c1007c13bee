-- Import of customers, contacts and leads (issue 15).
select 1;
