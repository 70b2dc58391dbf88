# fixture-path: mysite/settings.py
# ruleid: py-password-hasher-weak-scheme
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# ok: py-password-hasher-weak-scheme
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.MD5PasswordHasher",
]
