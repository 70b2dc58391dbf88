# fixture-path: backend/settings.py
import os

DEBUG = False
# ruleid: django-cors-allow-all-origins
CORS_ALLOW_ALL_ORIGINS = True
# ruleid: django-cors-allow-all-origins
CORS_ORIGIN_ALLOW_ALL = True
# ruleid: django-cors-allow-all-origins
CORS_ALLOWED_ORIGIN_REGEXES = [r"^.*$"]
# ok: django-cors-allow-all-origins
CORS_ALLOW_ALL_ORIGINS = DEBUG
# ok: django-cors-allow-all-origins
CORS_ALLOWED_ORIGINS = ["https://app.example.com"]
# ok: django-cors-allow-all-origins
CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://\w+\.example\.com$"]

if DEBUG:
    # ok: django-cors-allow-all-origins
    CORS_ALLOW_ALL_ORIGINS = True
