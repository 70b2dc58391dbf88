# No JWTs in this module: a SECRET_KEY here is someone else's concern.
# ok: py-jwt-secret-key-hardcoded
SECRET_KEY = "not-for-tokens"
