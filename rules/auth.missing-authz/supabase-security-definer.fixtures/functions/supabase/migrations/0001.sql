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
