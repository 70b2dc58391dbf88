from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    # ruleid: py-jwt-secret-insecure-default
    secret_key: str = "docvault-dev-secret-key-2023"
    algorithm: str = "HS256"
