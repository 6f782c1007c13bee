-- Anything the generic kind screens need from the database.
select 1;
