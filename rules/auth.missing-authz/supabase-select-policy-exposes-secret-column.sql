create table public.invites (
  id uuid primary key default gen_random_uuid(),
  team_id uuid not null,
  email text not null,
  token text not null unique,
  invited_by uuid references auth.users(id),
  created_at timestamptz not null default now()
);
alter table public.invites enable row level security;

-- ruleid: supabase-select-policy-exposes-secret-column
create policy "Anyone can look up an invite"
  on public.invites for select
  using (true);

-- ok: supabase-select-policy-exposes-secret-column
create policy "Members read their invites" on public.invites for select to authenticated using (auth.uid() = invited_by);

create table if not exists integrations (
  id bigint generated always as identity primary key,
  provider text,
  api_key text not null
);
alter table integrations enable row level security;
-- ruleid: supabase-select-policy-exposes-secret-column
create policy "read integrations" on integrations for select to authenticated using (true);

-- Nothing secret in a catalogue.
create table public.products (id bigint primary key, name text, price int, max_tokens integer, token_count int);
alter table public.products enable row level security;
-- ok: supabase-select-policy-exposes-secret-column
create policy "catalogue" on public.products for select using (true);

-- A token column whose reads are taken away by column privileges.
create table public.share_links (id uuid primary key, doc_id uuid, token text unique);
alter table public.share_links enable row level security;
revoke select (token) on public.share_links from anon, authenticated;
-- ok: supabase-select-policy-exposes-secret-column
create policy "share links readable" on public.share_links for select using (true);

-- An owned table whose name says it is private: supabase-permissive-policy reports it.
create table public.api_tokens (id uuid primary key, user_id uuid references auth.users(id), token text);
alter table public.api_tokens enable row level security;
-- ok: supabase-select-policy-exposes-secret-column
create policy "tokens readable" on public.api_tokens for select using (true);

-- Same name, no owner column: only this rule sees it.
create table public.invite_tokens (id uuid primary key, team_id uuid, token text, invited_by uuid);
alter table public.invite_tokens enable row level security;
-- ruleid: supabase-select-policy-exposes-secret-column
create policy "invite tokens readable" on public.invite_tokens for select to anon using (true);

-- ok: supabase-select-policy-exposes-secret-column
create policy "server reads" on public.invites for select to service_role using (true);

-- Owned rows with an e-mail column: supabase-permissive-policy reports it.
create table public.referrals (id uuid primary key, user_id uuid references auth.users(id), email text, token text);
alter table public.referrals enable row level security;
-- ok: supabase-select-policy-exposes-secret-column
create policy "referrals readable" on public.referrals for select using (true);

-- Share links with a PIN hash: everyone can list every link and its PIN hash (4-6 digits: reversed at once).
create table public.pin_share_links (id uuid primary key, slug text unique not null, bookmark_id uuid, created_by uuid, pin_hash text, revoked_at timestamptz);
alter table public.pin_share_links enable row level security;
-- ruleid: supabase-select-policy-exposes-secret-column
create policy "pin_share_links: read" on public.pin_share_links for select using (true);

-- A public gallery without secrets.
create table public.gallery_items (id uuid primary key, title text, image_url text, pinned boolean);
alter table public.gallery_items enable row level security;
-- ok: supabase-select-policy-exposes-secret-column
create policy "gallery readable" on public.gallery_items for select using (true);
