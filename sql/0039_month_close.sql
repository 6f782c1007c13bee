-- Month-end close: frozen monthly figures and dated adjustments (issue 15).
select 1;
