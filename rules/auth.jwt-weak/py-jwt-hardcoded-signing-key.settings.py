from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    # ok: py-jwt-hardcoded-signing-key
    JWT_SECRET: str = "dev-only-change-me"
    JWT_ALGORITHM: str = "HS256"
