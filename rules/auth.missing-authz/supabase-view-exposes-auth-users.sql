-- ruleid: supabase-view-exposes-auth-users
create view mentions as
  select p.id, p.username, u.email
  from public.profiles p
  join auth.users u on u.id = p.id;

-- ruleid: supabase-view-exposes-auth-users
CREATE OR REPLACE VIEW "public"."user_emails" AS SELECT "id", "email", "last_sign_in_at" FROM "auth"."users";

-- ok: supabase-view-exposes-auth-users
create view public.safe_directory with (security_invoker = true) as
  select id, email from auth.users;

-- ok: supabase-view-exposes-auth-users
create view public.my_account as
  select id, email, created_at from auth.users where id = auth.uid();

-- ok: supabase-view-exposes-auth-users
create view private.user_emails_admin as
  select id, email from auth.users;

-- ok: supabase-view-exposes-auth-users
create view public.server_user_list as
  select id, email from auth.users;
revoke all on public.server_user_list from anon, authenticated;

-- ok: supabase-view-exposes-auth-users
create view public.member_list as
  select id, username from public.profiles;

-- ok: supabase-view-exposes-auth-users
create view public.invoker_later as
  select id, email from auth.users;
alter view public.invoker_later set (security_invoker = true);

create table public.profiles (
  -- ok: supabase-view-exposes-auth-users
  id uuid primary key references auth.users on delete cascade,
  username text
);
