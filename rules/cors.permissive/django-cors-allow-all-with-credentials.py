# fixture-path: backend/settings.py
# ruleid: django-cors-allow-all-with-credentials
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = True
# ok: django-cors-allow-all-with-credentials
CORS_ALLOWED_ORIGINS = ["https://app.example.com"]
