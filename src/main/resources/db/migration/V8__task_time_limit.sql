-- The completion time limit a clause states after the organisations (年内持续推进,
-- 6月底前出台相关政策), as read by the importer; null when the clause states none.
alter table task add column time_limit varchar(200);
