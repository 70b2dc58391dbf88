# fixture-path: mysite/settings.py
import os

DEBUG = os.getenv("DEBUG") == "1"
# ok: django-production-https-settings-missing (a production module may override these)
ALLOWED_HOSTS = os.getenv("ALLOWED_HOSTS", "").split(",")
INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth"]
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]

try:
    from .settings_production import *  # noqa: F401,F403
except ImportError:
    pass
