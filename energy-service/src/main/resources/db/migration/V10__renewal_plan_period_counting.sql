-- How each renewal plan's public notice (京建法〔2024〕14号 第十八条) counted its 15 working days. Since issue 12 a notice
-- follows 民法典 第二百零一条: the publication day is not counted, day 1 is the first working day after it
-- (FROM_NEXT_DAY). Every plan stored before this migration was recorded under the platform's earlier reading, the
-- publication day as day 1 (FROM_SAME_DAY, parameter renewal-plan-notice-counts-publication-day): its notice was
-- published with those dates, so it keeps its dates and basis exactly as recorded, and this column records the reading
-- it used. The default is that earlier reading, so a pod of the previous version that records a plan while a rolling
-- update runs records the reading it really used; this version always writes the column.
alter table renewal_plan add column period_counting text not null default 'FROM_SAME_DAY';
