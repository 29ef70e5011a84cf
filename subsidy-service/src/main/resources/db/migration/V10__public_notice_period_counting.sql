-- How each public notice (京技管发〔2024〕30号 第十四条) counted its working days. Since issue 12 a notice follows
-- 民法典 第二百零一条: the publication day is not counted, day 1 is the first working day after it (FROM_NEXT_DAY).
-- Every notice stored before this migration was decided under the platform's earlier reading, the publication day as
-- day 1 (FROM_SAME_DAY): it was published, its window ran or runs, its payments were scheduled on its dates, so it
-- keeps its dates, its basis and its payments exactly as decided, and this column records the reading it used.
-- The default is that earlier reading, so a pod of the previous version that inserts a notice while a rolling
-- update runs records the reading it really used; this version always writes the column.
alter table public_notice add column period_counting text not null default 'FROM_SAME_DAY';
