create table public.leads (id bigint primary key, email text);
create table public.plans (id bigint primary key, name text);
alter table public.plans enable row level security;
create table public.metrics (id bigint primary key, value numeric);

-- ruleid: supabase-anon-grant
grant select, insert on public.leads to anon;

-- ok: supabase-anon-grant
grant all on table public.plans to anon, authenticated;

-- ok: supabase-anon-grant
grant select on public.metrics to authenticated;

-- ruleid: supabase-anon-grant
grant all on all tables in schema public to anon;

-- ok: supabase-anon-grant
grant usage on schema public to anon;
