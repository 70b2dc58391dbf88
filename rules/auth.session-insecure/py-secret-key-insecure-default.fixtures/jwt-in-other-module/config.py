from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    # ok: py-secret-key-insecure-default
    secret_key: str = "docvault-dev-secret-key-2023"
    database_url: str = "mongodb://localhost:27017"


settings = Settings()
