INSTALLED_APPS = ["django.contrib.auth"]
ROOT_URLCONF = "config.urls"
# ok: django-password-validators-empty (production sets them)
AUTH_PASSWORD_VALIDATORS = []
