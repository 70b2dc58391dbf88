create table public.todos (id bigint primary key, user_id uuid default auth.uid(), title text);
alter table public.todos enable row level security;
create policy "own" on public.todos for all using (auth.uid() = user_id) with check (auth.uid() = user_id);
create table public.notes (id bigint primary key, body text);
