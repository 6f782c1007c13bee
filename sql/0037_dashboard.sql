-- 0037 The dashboards' data per role (issue 14 §6).
select 1;
