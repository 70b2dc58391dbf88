# fixture-path: mysite/settings/dev.py
# ok: django-secret-key-hardcoded
SECRET_KEY = "dev-only-key"
