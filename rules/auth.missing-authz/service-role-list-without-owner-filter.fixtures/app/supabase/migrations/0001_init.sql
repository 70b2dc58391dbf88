create table public.invoices (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id),
  amount_cents integer not null,
  created_at timestamptz default now()
);
alter table public.invoices enable row level security;
create policy "own invoices" on public.invoices for select using (auth.uid() = user_id);

create table public.posts (
  id uuid primary key default gen_random_uuid(),
  title text not null,
  is_public boolean default false,
  author_id uuid references auth.users(id)
);
alter table public.posts enable row level security;
create policy "public posts" on public.posts for select using (is_public or auth.uid() = author_id);

create table public.plans (
  id text primary key,
  name text not null,
  price_cents integer not null
);
alter table public.plans enable row level security;
create policy "plans readable" on public.plans for select using (true);
