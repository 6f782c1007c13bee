-- Payment plans, payments, invoices and receivables with ageing.
select 1;
