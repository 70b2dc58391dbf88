create table public.profiles (
  id uuid primary key references auth.users(id) on delete cascade,
  full_name text,
  role text not null default 'member',
  plan text not null default 'free',
  credits integer not null default 0
);
alter table public.profiles enable row level security;
-- ok: supabase-update-policy-privileged-columns
create policy "Users can view own profile" on public.profiles for select using (auth.uid() = id);
-- ok: supabase-update-policy-privileged-columns (column grants below)
create policy "Users can update own profile" on public.profiles for update using (auth.uid() = id);

create table public.notes (id bigint primary key, user_id uuid references auth.users, body text);
alter table public.notes enable row level security;
-- ok: supabase-update-policy-privileged-columns (no privileged column)
create policy "own notes" on public.notes for all using (auth.uid() = user_id);
