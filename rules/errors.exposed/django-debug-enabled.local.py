# fixture-path: mysite/settings/local.py
# ok: django-debug-enabled
DEBUG = True
