-- The reporting rhythm a notice orders (每季度末、每半年) and the office may set: cycles by the
-- quarter or half-year as well as by the year.
-- The notice's frequency (yearly, half-yearly, quarterly) and, for the shorter ones, how many
-- days after the period's last day a report is due (0 for 每季度末, 10 for 季度结束后10日内); null
-- where the notice says nothing.
alter table plan add column reporting_frequency varchar(16);
alter table plan add column reporting_days_after int;

-- The office's own rhythm for a plan, over the notice's; null keeps the notice's.
alter table reporting_schedule add column rhythm varchar(16);
alter table reporting_schedule add column days_after_period int;

-- A cycle is a year, a half-year (1, 2) or a quarter (1–4) of a year: one cycle per period.
alter table reporting_cycle add column rhythm varchar(16) default 'yearly' not null;
alter table reporting_cycle add column period_number int default 1 not null;
alter table reporting_cycle drop constraint reporting_cycle_year;
alter table reporting_cycle add constraint reporting_cycle_period unique (plan_id, report_year, rhythm, period_number);
