# fixture-path: backend/config/settings.py
import os

DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
# ok: django-production-https-settings-missing (set below, off only in DEBUG)
ALLOWED_HOSTS = ["api.ledgerlite.app"]
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.sessions", "rest_framework"]
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]

if not DEBUG:
    SECURE_SSL_REDIRECT = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
