-- The yearly reporting deadline the notice orders (每年2月底前 → --02-28), read on import;
-- a reporting cycle is due on that day of the following year unless the office says
-- otherwise. Null when the notice states none.
alter table plan add column reporting_deadline varchar(8);
