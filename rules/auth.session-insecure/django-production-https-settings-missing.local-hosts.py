# fixture-path: mysite/settings.py
DEBUG = False
# ok: django-production-https-settings-missing (local hosts only)
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "0.0.0.0"]
INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth"]
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
