-- Quotes (报价单): lines, versions, from a deal, accepted into a contract.
select 1;
