import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
INSTALLED_APPS = ["django.contrib.auth", "rest_framework"]
# ruleid: django-debug-enabled
DEBUG = True
