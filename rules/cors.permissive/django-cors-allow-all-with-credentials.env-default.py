# fixture-path: proj/settings.py
import os


def env_bool(name, default=False):
    return str(os.environ.get(name, default)).lower() in ("1", "true", "yes", "on")


SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
INSTALLED_APPS = ["django.contrib.contenttypes", "django.contrib.auth", "corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware", "django.middleware.common.CommonMiddleware"]

# ruleid: django-cors-allow-all-with-credentials
CORS_ALLOW_ALL_ORIGINS = env_bool("CORS_ALLOW_ALL", True)
CORS_ALLOW_CREDENTIALS = True
# ruleid: django-cors-allow-all-with-credentials
CORS_ORIGIN_ALLOW_ALL = env.bool("CORS_ORIGIN_ALLOW_ALL", default=True)
# ok: django-cors-allow-all-with-credentials
CORS_ALLOW_ALL_ORIGINS = env_bool("CORS_ALLOW_ALL", False)
# ok: django-cors-allow-all-with-credentials
CORS_ALLOW_ALL_ORIGINS = env_bool("CORS_ALLOW_ALL")
