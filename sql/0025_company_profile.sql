-- The company's own details (name, address, tax number, bank) for documents.
select 1;
