# fixture-path: app/config.py
import os

from decouple import config
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    # ruleid: py-admin-key-insecure-default
    ADMIN_API_KEY: str = "sheetly-admin-dev-key"
    # ruleid: py-admin-key-insecure-default
    internal_service_token: SecretStr = Field(default="changeme")
    # ok: py-admin-key-insecure-default (required: no default)
    CRON_SECRET: str
    # ok: py-admin-key-insecure-default (empty default)
    SUPERUSER_TOKEN: str = ""
    # ok: py-admin-key-insecure-default (the header's name, not the key)
    ADMIN_KEY_HEADER: str = "X-Admin-Key"
    # ok: py-admin-key-insecure-default (an outbound provider key, not the app's own admin key)
    OPENAI_API_KEY: str = "sk-your-key-here"
    # ok: py-admin-key-insecure-default
    ADMIN_TOKEN_EXPIRE_MINUTES: int = 30


# ruleid: py-admin-key-insecure-default
ADMIN_KEY = os.getenv("ADMIN_KEY", "admin")
# ruleid: py-admin-key-insecure-default
CRON_SECRET = config("CRON_SECRET", default="local-cron")
# ruleid: py-admin-key-insecure-default
INTERNAL_TOKEN = os.environ.get("INTERNAL_TOKEN") or "letmein"
# ok: py-admin-key-insecure-default
ADMIN_API_KEY = os.environ["ADMIN_API_KEY"]
# ok: py-admin-key-insecure-default
ADMIN_API_KEY = os.getenv("ADMIN_API_KEY")
# ok: py-admin-key-insecure-default
ADMIN_EMAIL = os.getenv("ADMIN_EMAIL", "ops@sheetly.app")
# ok: py-admin-key-insecure-default
INTERNAL_API_URL = os.getenv("INTERNAL_API_URL", "http://api:8000")


class AdminLogin:
    # ok: py-admin-key-insecure-default (not a settings class)
    admin_token: str = "placeholder"


# ok: py-admin-key-insecure-default (a template, filled in at deploy time)
ADMIN_TOKEN = os.getenv("ADMIN_TOKEN", "${ADMIN_TOKEN}")
