import os

from .base import *  # noqa: F401,F403

# ruleid: django-debug-enabled
DEBUG = os.getenv("DEBUG", "True") == "True"
ALLOWED_HOSTS = ["api.example.com"]
