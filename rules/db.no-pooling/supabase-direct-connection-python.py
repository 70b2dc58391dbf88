import os

from sqlalchemy import create_engine

# ruleid: supabase-direct-connection-python
engine = create_engine("postgresql://postgres:Xk9mQ2vLp7RtWz4N@db.abcdefghijklmnopqrst.supabase.co:5432/postgres")
# ok: supabase-direct-connection-python
pooled = create_engine("postgresql://postgres.abcdefghijklmnopqrst:Xk9mQ2vLp7RtWz4N@aws-0-eu-central-1.pooler.supabase.com:6543/postgres")
# ok: supabase-direct-connection-python
env_engine = create_engine(os.environ["DATABASE_URL"])
import psycopg2

# ruleid: supabase-direct-connection-python
conn = psycopg2.connect(host="db.abcdefghijklmnopqrst.supabase.co", port=5432, password=os.environ["PGPASSWORD"])
