-- ruleid: supabase-security-definer
create or replace function public.set_plan(target uuid, new_plan text)
returns void
language plpgsql
security definer
set search_path = public
as $$
begin
  update public.subscriptions set plan = new_plan where user_id = target;
end;
$$;

-- ok: supabase-security-definer
create or replace function public.leave_team(team uuid) returns void
language plpgsql security definer set search_path = public as $$
begin
  delete from public.members where team_id = team and user_id = auth.uid();
end;
$$;

-- ok: supabase-security-definer
create function public.handle_new_user() returns trigger
language plpgsql security definer set search_path = public as $$
begin
  insert into public.profiles (id) values (new.id);
  return new;
end;
$$;

-- ok: supabase-security-definer
create function private.recalc_totals() returns void language sql security definer as $$ update public.orders set total = 0; $$;

-- ok: supabase-security-definer
create function public.purge_sessions() returns void language sql security definer as $$ delete from public.sessions; $$;
revoke execute on function public.purge_sessions() from public, anon, authenticated;

-- ok: supabase-security-definer
create function public.search_posts(q text) returns setof public.posts language sql security invoker as $$ select * from public.posts where body ilike '%' || q || '%'; $$;

-- A public click counter: it only adds one to its own counter column.
-- ok: supabase-security-definer
create or replace function public.increment_share_click(p_link_id uuid)
returns void
language sql
security definer
set search_path = public
as $$
  update public.share_links
  set click_count = click_count + 1
  where id = p_link_id and revoked_at is null;
$$;

-- Looks like a counter but also moves credits between accounts.
-- ruleid: supabase-security-definer
create or replace function public.bump_and_pay(p_id uuid)
returns void
language sql
security definer
as $$
  update public.wallets set balance = balance + 1 where id = p_id;
  update public.wallets set balance = balance - 1 where owner_id = p_id;
$$;
