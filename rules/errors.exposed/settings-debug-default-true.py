from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env")
    app_name: str = "TaskPilot"
    # ruleid: settings-debug-default-true
    debug: bool = True
    database_url: str = "sqlite:///./app.db"


class ProdSettings(BaseSettings):
    # ok: settings-debug-default-true
    debug: bool = False


class DevSettings(BaseSettings):
    # ok: settings-debug-default-true (development-only settings)
    DEBUG: bool = True


class FeatureFlags:
    # ok: settings-debug-default-true (not a settings class)
    debug: bool = True


class AppConfig(BaseSettings):
    # ruleid: settings-debug-default-true
    DEBUG: bool = True
    # ok: settings-debug-default-true (another flag)
    debug_sql: bool = True
