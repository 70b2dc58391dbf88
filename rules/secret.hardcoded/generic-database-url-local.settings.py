# fixture-path: app/config.py
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env")

    # default = the Supabase CLI's local stack (`supabase start`)
    # ok: generic-database-url-local
    DATABASE_URL: str = "postgresql://postgres:postgres@localhost:54322/postgres"
    # ok: generic-database-url-local
    SUPABASE_DB_URL: str = "postgresql+psycopg://postgres:postgres@127.0.0.1:54322/postgres"
    # ruleid: generic-database-url-local
    TEST_DATABASE_URL: str = "postgresql://app:localpass42@localhost:5432/app_test"
    # ruleid: generic-database-url-local
    LEGACY_DB_URL: str = "postgresql://postgres:hunter2db@localhost:54322/postgres"
