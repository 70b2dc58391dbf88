from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    # ok: fastapi-cors-wildcard-with-credentials (the middleware sends no credentials)
    BACKEND_CORS_ORIGINS: list[str] = ["*"]


settings = Settings()
