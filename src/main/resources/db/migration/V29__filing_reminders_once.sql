-- The reminders the application sends by itself before and after the filing deadline: each occasion (a week before,
-- past due — named with the deadline it is about) reaches an organisation once, whatever the number of nodes.
alter table implementation_reminder add column occasion varchar(40);
create unique index implementation_reminder_once on implementation_reminder (plan_id, organisation_id, occasion);
