-- 0034 Targets split down the tree, with versions (issue 14 §1).
select 1;
