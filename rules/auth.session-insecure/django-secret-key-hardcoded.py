# fixture-path: mysite/settings.py
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# ruleid: django-secret-key-hardcoded
SECRET_KEY = "django-insecure-8f3k$w!x9q@z2m#v7p^r&t*y(u)i_o+a=s-d"
# ok: django-secret-key-hardcoded
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
# ok: django-secret-key-hardcoded
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY")

INSTALLED_APPS = ["django.contrib.auth"]
