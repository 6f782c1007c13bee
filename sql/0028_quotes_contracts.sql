-- Quotes and contracts: lines, totals, versions, status flow, number series, amendments.
select 1;
