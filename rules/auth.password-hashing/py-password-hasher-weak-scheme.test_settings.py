# fixture-path: mysite/settings/test.py
# ok: py-password-hasher-weak-scheme
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
