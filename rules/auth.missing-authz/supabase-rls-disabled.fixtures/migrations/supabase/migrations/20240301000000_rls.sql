alter table "public"."todos" enable row level security;
create policy "own todos" on todos for all using (auth.uid() = user_id) with check (auth.uid() = user_id);
