-- PostgreSQL only (spring.flyway.locations adds db/vendor/{vendor}): what H2 has no use for or
-- cannot express.
--
-- Searching for words a name or a task's text contains is LIKE '%words%', which no b-tree
-- serves: trigram indexes do, once the words have three characters or more (shorter ones
-- yield no trigram and scan, which the directory's size allows). pg_trgm is a trusted
-- extension since PostgreSQL 13: the database's owner may create it.
create extension if not exists pg_trgm;

create index organisation_name_trigram on organisation_name using gin (lower(compared_name) gin_trgm_ops);
create index task_text_trigram on task using gin (compared_text gin_trgm_ops);
create index indicator_name_trigram on indicator using gin (compared_name gin_trgm_ops);

-- An organisation's tasks are those it holds today: its open assignments only.
create index assignment_open_organisation on assignment (organisation_id, task_id) where ended_at is null;
