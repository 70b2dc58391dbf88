# fixture-path: config/settings/local.py
from .base import *  # noqa

DEBUG = True
# ok: django-password-validators-empty (development settings)
AUTH_PASSWORD_VALIDATORS = []
