-- ruleid: supabase-public-bucket
insert into storage.buckets (id, name, public) values ('receipts', 'receipts', true);

-- ok: supabase-public-bucket
insert into storage.buckets (id, name, public) values ('contracts', 'contracts', false);
