import os
from sqlalchemy import create_engine

# ruleid: supabase-database-url
engine = create_engine("postgresql://postgres.msvpkmhoxscoualtkfrr:tWwwdFU0yF64yWD2@aws-0-eu-central-1.pooler.supabase.com:6543/postgres")
# ok: supabase-database-url
engine = create_engine(os.environ["DATABASE_URL"])
# ok: supabase-database-url
DOCS = "postgresql://postgres:password@db.msvpkmhoxscoualtkfrr.supabase.co:5432/postgres"
