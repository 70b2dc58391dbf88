# fixture-path: mysite/settings.py
import os

import environ
from decouple import config

env = environ.Env()

# ruleid: py-secret-key-insecure-default
SECRET_KEY = os.environ.get("SECRET_KEY", "django-insecure-fallback-value-123")
# ruleid: py-secret-key-insecure-default
SECRET_KEY = os.getenv("DJANGO_SECRET_KEY", "dev")
# ruleid: py-secret-key-insecure-default
SECRET_KEY = config("SECRET_KEY", default="unsafe-secret-key")
# ruleid: py-secret-key-insecure-default
SECRET_KEY = env("SECRET_KEY", default="changeme")
# ok: py-secret-key-insecure-default
SECRET_KEY = os.environ["SECRET_KEY"]
# ok: py-secret-key-insecure-default
SECRET_KEY = env("SECRET_KEY")
# ok: py-secret-key-insecure-default
DEBUG = os.getenv("DEBUG", "False") == "True"
# ok: py-secret-key-insecure-default
STRIPE_SECRET_KEY = os.getenv("STRIPE_SECRET_KEY", "")
