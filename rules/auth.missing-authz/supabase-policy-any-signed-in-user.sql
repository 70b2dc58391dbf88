create table public.subscriptions (
  id uuid primary key default gen_random_uuid(),
  team_id uuid not null,
  user_id uuid references auth.users(id),
  status text not null default 'inactive'
);
alter table public.subscriptions enable row level security;

-- ruleid: supabase-policy-any-signed-in-user
create policy "Authenticated users can manage subscriptions"
  on public.subscriptions for all
  using (auth.role() = 'authenticated')
  with check (auth.role() = 'authenticated');

-- No FOR clause means ALL.
-- ruleid: supabase-policy-any-signed-in-user
create policy "signed in edit" on public.subscriptions to authenticated using ((select auth.uid()) is not null);

-- ruleid: supabase-policy-any-signed-in-user
create policy "delete any" on subscriptions for delete to authenticated using ( auth.uid() IS NOT NULL );

-- pg_dump style
-- ruleid: supabase-policy-any-signed-in-user
CREATE POLICY "Users can update" ON "public"."subscriptions" FOR UPDATE USING (("auth"."role"() = 'authenticated'::"text"));

-- Inserting in anyone's name.
-- ruleid: supabase-policy-any-signed-in-user
create policy "Authenticated users can join teams" on public.team_members for insert to authenticated with check (auth.role() = 'authenticated');

-- Reading shared rows once signed in is often the point.
-- ok: supabase-policy-any-signed-in-user
create policy "Authenticated users can read plans" on public.plans for select using (auth.role() = 'authenticated');

-- The owner is compared as well.
-- ok: supabase-policy-any-signed-in-user
create policy "own rows" on public.subscriptions for all using (auth.role() = 'authenticated' and user_id = auth.uid());

-- ok: supabase-policy-any-signed-in-user
create policy "own rows 2" on public.subscriptions for update using (auth.uid() = user_id) with check (auth.uid() = user_id);

-- ok: supabase-policy-any-signed-in-user
create policy "service" on public.subscriptions for all to service_role using (auth.role() = 'authenticated');

-- A restrictive policy narrows the others: "signed in" is a fine extra condition.
-- ok: supabase-policy-any-signed-in-user
create policy "must be signed in" on public.subscriptions as restrictive for all to public using (auth.uid() is not null);

-- ok: supabase-policy-any-signed-in-user
create policy "waitlist" on public.waitlist for insert to authenticated with check (auth.uid() is not null);

-- The policy name mentions "for all", its command is SELECT.
-- ok: supabase-policy-any-signed-in-user
create policy "Enable access for all signed in" on public.plans for select to authenticated using (auth.uid() is not null);

-- ok: supabase-policy-any-signed-in-user
-- create policy "old" on public.subscriptions for all using (auth.role() = 'authenticated');
