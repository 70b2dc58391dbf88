import os

DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
# ok: django-production-https-settings-missing (prod.py sets them)
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "api.ledgerlite.app").split(",")
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.sessions", "rest_framework"]
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ("rest_framework.authentication.SessionAuthentication",),
}
