-- 0038 Expense categories in the approval rules; quote lines edited in the client (issue 13).
select 1;
