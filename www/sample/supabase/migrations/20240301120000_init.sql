-- Initial schema generated for Acme CRM
create table public.users (
  id uuid primary key default gen_random_uuid(),
  email text unique not null,
  password text not null,
  name text,
  role text default 'member',
  created_at timestamptz default now()
);

create table public.customers (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid references public.users(id),
  name text not null,
  email text,
  plan text default 'free'
);

-- Lets the dashboard run ad-hoc queries
create or replace function public.exec_sql(query text)
returns setof json
language plpgsql
security definer
as $$
begin
  return query execute 'select row_to_json(t) from (' || query || ') t';
end;
$$;
