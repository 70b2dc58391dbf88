create table public.invoices (
  id uuid primary key default gen_random_uuid(),
  team_id uuid not null,
  total_cents integer not null
);
alter table public.invoices enable row level security;
create policy "team members read invoices" on public.invoices
  for select to authenticated
  using (team_id in (select team_id from public.team_members where user_id = auth.uid()));
create policy "team members delete invoices" on public.invoices
  for delete to authenticated
  using (team_id in (select team_id from public.team_members where user_id = auth.uid()));
