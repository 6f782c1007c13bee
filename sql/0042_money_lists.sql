-- Payments and invoices list pages; approval rules kept in the client (issue 13).
select 1;
