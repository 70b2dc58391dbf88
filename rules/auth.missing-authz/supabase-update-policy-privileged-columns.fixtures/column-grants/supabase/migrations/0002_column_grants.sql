revoke update on public.profiles from authenticated, anon;
grant update (full_name) on public.profiles to authenticated;
