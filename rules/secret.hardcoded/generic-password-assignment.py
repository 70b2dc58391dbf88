import os
import psycopg2

# ruleid: generic-password-assignment
conn = psycopg2.connect(host="db.internal", user="app", password="Tr0ub4dor&56")
# ok: generic-password-assignment
conn = psycopg2.connect(host="db.internal", user="app", password=os.environ["DB_PASSWORD"])
# ruleid: generic-password-assignment
SMTP_PASSWORD = "Nj9MgsahBc0ra7!"
# ok: generic-password-assignment
password_min_length = 12
# ok: generic-password-assignment
PASSWORD_FIELD = "password"
# ok: generic-password-assignment
QUERY = f"SELECT id FROM users WHERE email = '{email}' AND password = '{password_hash}'"
