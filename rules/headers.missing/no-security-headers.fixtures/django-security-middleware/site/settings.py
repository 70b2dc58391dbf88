DEBUG = False
# ok: no-security-headers
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
]
SECURE_HSTS_SECONDS = 31536000
