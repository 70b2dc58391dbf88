# fixture-path: mysite/settings.py
# The startproject defaults: DEBUG on and no deployed host yet.
DEBUG = True
# ok: django-production-https-settings-missing
ALLOWED_HOSTS = []
INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth"]
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
