-- ruleid: supabase-user-metadata-authorization
create policy "admins read all" on public.invoices for select using ((auth.jwt() -> 'user_metadata' ->> 'role') = 'admin');

-- ok: supabase-user-metadata-authorization
create policy "admins read all (app)" on public.invoices for select using ((auth.jwt() -> 'app_metadata' ->> 'role') = 'admin');

create function public.is_admin() returns boolean language sql stable as $$
  -- ruleid: supabase-user-metadata-authorization
  select coalesce((select raw_user_meta_data ->> 'role' from auth.users where id = auth.uid()) = 'admin', false)
$$;
