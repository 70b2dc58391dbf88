from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    # ok: py-jwt-secret-insecure-default
    secret_key: str = "flask-dev-session-key-2023"
    jwt_public_key_path: str = "/etc/keys/pub.pem"


settings = Settings()
