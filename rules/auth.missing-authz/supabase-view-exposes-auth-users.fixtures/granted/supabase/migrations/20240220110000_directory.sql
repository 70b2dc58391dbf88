-- team directory for @mentions
-- ruleid: supabase-view-exposes-auth-users
create or replace view public.team_directory as
  select id, email, created_at from auth.users;

grant select on public.team_directory to anon, authenticated;
