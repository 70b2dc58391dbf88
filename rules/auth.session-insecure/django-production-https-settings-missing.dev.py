# fixture-path: mysite/settings_dev.py
DEBUG = False
# ok: django-production-https-settings-missing (a development settings module)
ALLOWED_HOSTS = ["dev.ledgerlite.app"]
INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth"]
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
