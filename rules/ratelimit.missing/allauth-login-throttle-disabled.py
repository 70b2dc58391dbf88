# fixture-path: proj/settings.py
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
INSTALLED_APPS = [
    "django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions", "django.contrib.sites",
    "allauth", "allauth.account",
]
AUTHENTICATION_BACKENDS = ["allauth.account.auth_backends.AuthenticationBackend"]
ACCOUNT_AUTHENTICATION_METHOD = "email"
# QA kept getting locked out during load tests
# ruleid: allauth-login-throttle-disabled
ACCOUNT_LOGIN_ATTEMPTS_LIMIT = 10000
# ok: allauth-login-throttle-disabled (reported once per file, with the limit above)
ACCOUNT_LOGIN_ATTEMPTS_TIMEOUT = 1
