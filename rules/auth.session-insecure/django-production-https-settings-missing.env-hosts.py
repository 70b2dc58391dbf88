# fixture-path: mysite/settings.py
import environ

env = environ.Env()
DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY")
# ruleid: django-production-https-settings-missing
ALLOWED_HOSTS = env.list(
    "ALLOWED_HOSTS",
    default=[],
)
INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth", "django.contrib.sessions", "shop"]
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware", "django.contrib.sessions.middleware.SessionMiddleware"]
LOGIN_URL = "/accounts/login/"
