-- Permissions as data checked in the database; products and categories with a field-level secured cost price.
-- (placeholder: filled in by the work of issue 12)
select 1;
