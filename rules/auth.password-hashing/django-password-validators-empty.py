# fixture-path: config/settings.py
import os

SECRET_KEY = os.environ["SECRET_KEY"]
DEBUG = False
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions"]
ROOT_URLCONF = "config.urls"

# ruleid: django-password-validators-empty
AUTH_PASSWORD_VALIDATORS = []

# ruleid: django-password-validators-empty
AUTH_PASSWORD_VALIDATORS = [
    # {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]

# ok: django-password-validators-empty
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
]

# ok: django-password-validators-empty (a different setting)
PASSWORD_HASHERS = []
