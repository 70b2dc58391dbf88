from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    # ok: fastapi-cors-wildcard-with-credentials (the middleware uses its own list)
    BACKEND_CORS_ORIGINS: list[str] = ["*"]
    FRONTEND_URL: str = "https://app.example.com"


settings = Settings()
