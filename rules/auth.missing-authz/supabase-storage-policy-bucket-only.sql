insert into storage.buckets (id, name, public)
values ('attachments', 'attachments', false)
on conflict (id) do nothing;

insert into storage.buckets (id, name, public) values ('exports', 'exports', true);

-- ruleid: supabase-storage-policy-bucket-only
create policy "Authenticated users can upload attachments"
  on storage.objects for insert
  to authenticated
  with check (bucket_id = 'attachments');

-- ruleid: supabase-storage-policy-bucket-only
create policy "Authenticated users can overwrite attachments"
  on storage.objects for update
  to authenticated
  using (bucket_id = 'attachments');

-- ruleid: supabase-storage-policy-bucket-only
create policy "Authenticated users can read attachments"
  on storage.objects for select
  to authenticated
  using (bucket_id = 'attachments');

-- ruleid: supabase-storage-policy-bucket-only
create policy "delete" on storage.objects for delete using ((bucket_id = 'attachments'::text) AND (auth.role() = 'authenticated'::text));

-- ruleid: supabase-storage-policy-bucket-only
CREATE POLICY "all docs" ON "storage"."objects" TO "authenticated" USING (('documents' = "bucket_id"));

-- ok: supabase-storage-policy-bucket-only
create policy "own folder" on storage.objects for all to authenticated
  using (bucket_id = 'attachments' and (storage.foldername(name))[1] = auth.uid()::text)
  with check (bucket_id = 'attachments' and (storage.foldername(name))[1] = auth.uid()::text);

-- ok: supabase-storage-policy-bucket-only
create policy "own files" on storage.objects for delete to authenticated using (bucket_id = 'attachments' and owner = auth.uid());

-- The new version must stay in the caller's folder.
-- ok: supabase-storage-policy-bucket-only
create policy "update own" on storage.objects for update to authenticated
  using (bucket_id = 'attachments')
  with check (bucket_id = 'attachments' and (storage.foldername(name))[1] = (select auth.uid()::text));

-- Public content: the Supabase avatar example.
-- ok: supabase-storage-policy-bucket-only
create policy "Avatar images are publicly accessible." on storage.objects for select using (bucket_id = 'avatars');
-- ok: supabase-storage-policy-bucket-only
create policy "Anyone can upload an avatar." on storage.objects for insert with check (bucket_id = 'avatars');

-- A public bucket's files are served without a policy anyway.
-- ok: supabase-storage-policy-bucket-only
create policy "read exports" on storage.objects for select using (bucket_id = 'exports');

-- ok: supabase-storage-policy-bucket-only
create policy "server" on storage.objects for all to service_role using (bucket_id = 'attachments');

-- ok: supabase-storage-policy-bucket-only
create policy "team files" on storage.objects for select to authenticated
  using (bucket_id = 'attachments' and public.is_team_member((storage.foldername(name))[1]::uuid));

-- Replacing anyone's avatar or public export is still a write to other users' files.
-- ruleid: supabase-storage-policy-bucket-only
create policy "Anyone can update an avatar." on storage.objects for update using (bucket_id = 'avatars');
-- ruleid: supabase-storage-policy-bucket-only
create policy "replace exports" on storage.objects for all to authenticated using (bucket_id = 'exports');

-- Uploading into other users' folders of a public bucket: the files are then served from your project.
-- ruleid: supabase-storage-policy-bucket-only
create policy "upload exports" on storage.objects for insert to authenticated with check (bucket_id = 'exports');
