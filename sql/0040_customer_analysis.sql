-- Customer analysis: money, profit contribution, ratings and segments (issue 15).
select 1;
