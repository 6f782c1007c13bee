-- IT onboarding: must-change-password, unit rename/move/remove, user edit.
-- (placeholder: filled in by the work of issue 11)
select 1;
