import os
from supabase import create_client

# ruleid: supabase-service-role-jwt
supabase = create_client("https://msvpkmhoxscoualtkfrr.supabase.co", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImFzY2N6aXhqdml1ZWVrYXZzd3J5Iiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcxNjU1MzUxMiwiZXhwIjoyMDMxOTEzNTEyfQ.mXwwFDoAv311RG0Yuv-52TuehEbuu9PQG7JIQB6Q_4Q")
# ok: supabase-service-role-jwt
public = create_client("https://msvpkmhoxscoualtkfrr.supabase.co", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Im1zdnBrbWhveHNjb3VhbHRrZnJyIiwicm9sZSI6ImFub24iLCJpYXQiOjE2OTI1MTYzODksImV4cCI6MjAwNzg3NjM4OX0.de-JPij1GAu5k3yDcxdeUVz607YmqAXUByDAhEOpv6R")
# ok: supabase-service-role-jwt
admin = create_client(os.environ["SUPABASE_URL"], os.environ["SUPABASE_SERVICE_ROLE_KEY"])
