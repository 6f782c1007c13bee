-- Approvals as data: rules, requests, steps and decisions, the approvals inbox.
select 1;
