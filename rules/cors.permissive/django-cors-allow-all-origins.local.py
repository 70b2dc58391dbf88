# fixture-path: backend/settings/local.py
# ok: django-cors-allow-all-origins
CORS_ALLOW_ALL_ORIGINS = True
