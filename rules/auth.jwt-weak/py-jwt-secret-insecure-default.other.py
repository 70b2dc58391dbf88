import os

# Not JWT-related (no jwt in this module): the session rule covers SECRET_KEY defaults here.
# ok: py-jwt-secret-insecure-default
SECRET_KEY = os.getenv("SECRET_KEY", "dev")
# ruleid: py-jwt-secret-insecure-default
TOKEN_SECRET = os.getenv("TOKEN_SECRET", "tok-dev-secret")

