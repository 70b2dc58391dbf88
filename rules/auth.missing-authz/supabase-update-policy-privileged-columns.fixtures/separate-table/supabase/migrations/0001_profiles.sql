create table public.profiles (
  id uuid primary key references auth.users(id) on delete cascade,
  full_name text,
  avatar_url text
);
create table public.entitlements (
  user_id uuid primary key references auth.users(id),
  plan text not null default 'free',
  credits integer not null default 0
);
alter table public.profiles enable row level security;
alter table public.entitlements enable row level security;
-- ok: supabase-update-policy-privileged-columns
create policy "update own profile" on public.profiles for update using (auth.uid() = id);
-- ok: supabase-update-policy-privileged-columns (read-only for users)
create policy "read own entitlements" on public.entitlements for select using (auth.uid() = user_id);
