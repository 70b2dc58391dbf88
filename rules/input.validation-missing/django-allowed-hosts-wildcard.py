# fixture-path: config/settings.py
import os

# ruleid: django-allowed-hosts-wildcard
ALLOWED_HOSTS = ["*"]
# ruleid: django-allowed-hosts-wildcard
ALLOWED_HOSTS = os.getenv("ALLOWED_HOSTS", "*").split(",")
# ok: django-allowed-hosts-wildcard
ALLOWED_HOSTS = ["app.example.com", ".example.com"]
# ok: django-allowed-hosts-wildcard
ALLOWED_HOSTS = os.environ["ALLOWED_HOSTS"].split(",")
# ok: django-allowed-hosts-wildcard
ALLOWED_HOSTS = os.getenv("ALLOWED_HOSTS", "localhost").split(",")
