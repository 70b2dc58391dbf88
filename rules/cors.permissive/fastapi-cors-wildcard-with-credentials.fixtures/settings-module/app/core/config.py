from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    PROJECT_NAME: str = "clinic"
    # JSON list in the env file, e.g. ["http://localhost:3000"]
    # ruleid: fastapi-cors-wildcard-with-credentials
    BACKEND_CORS_ORIGINS: list[str] = ["*"]
    # ok: fastapi-cors-wildcard-with-credentials (not what the middleware reads)
    WEBHOOK_ALLOWED_ORIGINS: list[str] = ["*"]


settings = Settings()
