-- Supabase's profiles layout: the owner is the primary key pointing at auth.users.
create table public.member_profiles (
  id uuid primary key references auth.users(id),
  email text,
  phone text,
  role text not null default 'member'
);
alter table public.member_profiles enable row level security;

-- ruleid: supabase-permissive-policy
create policy "Profiles are viewable by everyone"
  on public.member_profiles for select
  using (true);

-- A public card: display name and avatar only.
create table public.public_cards (
  id uuid primary key references auth.users(id),
  display_name text,
  avatar_url text
);
alter table public.public_cards enable row level security;

-- ok: supabase-permissive-policy
create policy "Cards are public"
  on public.public_cards for select
  using (true);

create table public.billing_records (
  id uuid primary key default gen_random_uuid(),
  profile_id uuid references public.profiles(id),
  amount integer
);
alter table public.billing_records enable row level security;

-- ruleid: supabase-permissive-policy
create policy "Anyone can read billing"
  on public.billing_records for select
  to anon, authenticated
  using (true);
