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
-- ruleid: supabase-update-policy-privileged-columns
create policy "Users can update own profile" on public.profiles for update using (auth.uid() = id);

create table public.notes (id bigint primary key, user_id uuid references auth.users, body text);
alter table public.notes enable row level security;
-- ok: supabase-update-policy-privileged-columns (no privileged column)
create policy "own notes" on public.notes for all using (auth.uid() = user_id);

-- A chat transcript: `role` says who spoke.
create table public.messages (
  id bigint generated always as identity primary key,
  user_id uuid not null references auth.users,
  role text not null check (role in ('user', 'assistant', 'system')),
  content text not null
);
alter table public.messages enable row level security;
-- ok: supabase-update-policy-privileged-columns
create policy "own messages" on public.messages for all using (auth.uid() = user_id) with check (auth.uid() = user_id);

-- A team membership role is a privilege.
create table public.members (
  id bigint generated always as identity primary key,
  user_id uuid not null references auth.users,
  role text not null check (role in ('owner', 'admin', 'member'))
);
alter table public.members enable row level security;
-- ruleid: supabase-update-policy-privileged-columns
create policy "own membership" on public.members for update using (auth.uid() = user_id);
