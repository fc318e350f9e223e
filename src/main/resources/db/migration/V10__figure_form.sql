-- The form a yearly figure was entered in (口径): a level, or for a reduce- or increase-by-percent indicator the
-- year's rate (单位地区生产总值能耗降低3.5％) or the change since the baseline year (累计下降5.54％), in percent.
-- Every figure entered before is a level. Codes are checked by the application (see V4).
alter table indicator_value add column figure_form varchar(20) default 'level' not null;
