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


def env_bool(name, default=False):
    return str(os.environ.get(name, default)).lower() in ("1", "true", "yes", "on")


# ruleid: django-cors-allow-all-origins
CORS_ALLOW_ALL_ORIGINS = env_bool("CORS_ALLOW_ALL", True)
# ruleid: django-cors-allow-all-origins
CORS_ALLOW_ALL_ORIGINS = os.getenv("CORS_ALLOW_ALL", "true") == "true"
# ok: django-cors-allow-all-origins
CORS_ALLOW_ALL_ORIGINS = env_bool("CORS_ALLOW_ALL", False)
# ok: django-cors-allow-all-origins
CORS_ALLOW_ALL_ORIGINS = os.getenv("CORS_ALLOW_ALL", "false") == "true"
# ok: django-cors-allow-all-origins
CORS_ALLOW_ALL_ORIGINS = os.getenv("CORS_ALLOW_ALL", "true") != "true"
# ok: django-cors-allow-all-origins
CORS_ALLOW_ALL_ORIGINS = env_bool("CORS_ALLOW_ALL", DEBUG)
