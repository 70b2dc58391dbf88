-- A plain Postgres app: no Supabase API in front of the database.
-- ok: supabase-rls-disabled
create table users (id serial primary key, email text unique);
