-- Leads and follow-ups on the generic kind API (declare_api), fewer hand-written lines per kind.
select 1;
