from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    # ruleid: py-jwt-secret-insecure-default
    secret_key: str = "docvault-dev-secret-key-2023"
    # ok: py-jwt-secret-insecure-default
    database_url: str = "mongodb://localhost:27017"


settings = Settings()
