DEBUG = False
ALLOWED_HOSTS = ["app.example.com"]
# ruleid: no-security-headers
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]
