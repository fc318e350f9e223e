-- A password somebody else set — the office entering a user or resetting a password, the generated
-- first password — must be changed by its user at the next sign-in: until then pages lead to the
-- change page and the API refuses (PasswordChangeRequired).
alter table app_user add column password_change_required boolean not null default false;

-- Sign-in attempts per key ('user:<name>' or 'address:<client address>'), kept in the database so
-- that every node throttles alike: after too many failures within the window the key is locked
-- until locked_until. A success clears the user's failures; last_success_at lets a script's
-- sign-ins reach the audit log once an hour rather than with every request.
create table sign_in_attempt (
    attempt_key     varchar(200) not null,
    failures        int          not null default 0,
    last_failure_at timestamp with time zone,
    locked_until    timestamp with time zone,
    last_success_at timestamp with time zone,
    constraint sign_in_attempt_pk primary key (attempt_key)
);
create index sign_in_attempt_failure on sign_in_attempt (last_failure_at);
