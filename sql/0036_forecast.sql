-- 0036 Funnel and forecast with calibrated probabilities (issue 14 §4).
select 1;
