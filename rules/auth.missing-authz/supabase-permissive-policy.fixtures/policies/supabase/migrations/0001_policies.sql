create table public.posts (id bigint primary key, user_id uuid, body text);
alter table public.posts enable row level security;
create table public.waitlist (email text primary key);
alter table public.waitlist enable row level security;

-- ruleid: supabase-permissive-policy
create policy "anyone can edit" on public.posts for update to anon, authenticated using (true);

-- ok: supabase-permissive-policy
create policy "posts are public" on public.posts for select using (true);

-- ok: supabase-permissive-policy
create policy "join the waitlist" on public.waitlist for insert to anon with check (true);

-- ok: supabase-permissive-policy
create policy "authors delete their posts" on public.posts for delete to authenticated using (auth.uid() = user_id);

-- ok: supabase-permissive-policy
create policy "service role does anything" on public.posts for all to service_role using (true) with check (true);

-- ruleid: supabase-permissive-policy
create policy "signed in users manage posts"
  on public.posts
  for all
  to authenticated
  using ( true )
  with check ( true );

-- ok: supabase-permissive-policy
create policy "restrict" on public.posts as restrictive for all using (true);

create table public.documents (id bigint primary key, owner_id uuid references auth.users, body text);
alter table public.documents enable row level security;
-- Private rows (the name says so, and there is an owner column) readable by everyone.
-- ruleid: supabase-permissive-policy
create policy "documents readable" on public.documents for select using (true);
-- ok: supabase-permissive-policy
create policy "own documents" on public.documents for select using (auth.uid() = owner_id);

create table public.products (id bigint primary key, name text, price int);
alter table public.products enable row level security;
-- ok: supabase-permissive-policy
create policy "catalogue" on public.products for select using (true);

create table public.articles (id bigint primary key, slug text, title text, body text);
alter table public.articles enable row level security;
-- The words "for all" in the policy's name (Supabase's dashboard template) are not its command.
-- ok: supabase-permissive-policy
create policy "Enable read access for all users" on public.articles for select using (true);
-- ruleid: supabase-permissive-policy
create policy "Enable update for all users" on public.articles for update using (true);

-- Rows that belong to users and hold personal data (a phone, notes), whatever the table is called.
create table public.slots (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id),
  phone text,
  notes text
);
alter table public.slots enable row level security;
-- ruleid: supabase-permissive-policy
create policy "read slots" on public.slots for select to anon, authenticated using (true);

create table public.bookings (id uuid primary key, user_id uuid references auth.users(id), starts_at timestamptz);
alter table public.bookings enable row level security;
-- ruleid: supabase-permissive-policy
create policy "read bookings" on public.bookings for select to authenticated using (true);

-- Owned rows with nothing personal (public votes on public posts): reading them is by design.
create table public.votes (id bigint primary key, user_id uuid references auth.users(id), post_id bigint, value int);
alter table public.votes enable row level security;
-- ok: supabase-permissive-policy
create policy "votes are public" on public.votes for select using (true);

-- Tenant rows (`team_id`) and rows that belong to them through a foreign key are private too.
create table public.invoices (id uuid primary key default gen_random_uuid(), team_id uuid not null, total_cents int);
alter table public.invoices enable row level security;
create table public.payments (
  id uuid primary key default gen_random_uuid(),
  invoice_id uuid not null references public.invoices (id) on delete cascade,
  amount_cents integer not null
);
alter table public.payments enable row level security;
-- ruleid: supabase-permissive-policy
create policy "Payments are viewable" on public.payments for select using (true);

-- A reference to a catalogue table does not make the rows private.
create table public.plans (id text primary key, price_cents int);
create table public.plan_features (id bigint primary key, plan_id text references public.plans (id), label text);
alter table public.plan_features enable row level security;
-- ok: supabase-permissive-policy
create policy "features are public" on public.plan_features for select using (true);
