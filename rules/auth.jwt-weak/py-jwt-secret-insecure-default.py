import os

import jwt
from decouple import config
from pydantic_settings import BaseSettings

# ruleid: py-jwt-secret-insecure-default
JWT_SECRET = os.getenv("JWT_SECRET", "dev-secret")
# ruleid: py-jwt-secret-insecure-default
JWT_SECRET = os.environ.get("JWT_SECRET_KEY", "changeme")
# ruleid: py-jwt-secret-insecure-default
SECRET_KEY = config("SECRET_KEY", default="insecure-default-key")
# ok: py-jwt-secret-insecure-default
JWT_SECRET = os.environ["JWT_SECRET"]
# ok: py-jwt-secret-insecure-default
JWT_SECRET = os.getenv("JWT_SECRET")
# ok: py-jwt-secret-insecure-default
JWT_ALGORITHM = os.getenv("JWT_ALGORITHM", "HS256")
# ok: py-jwt-secret-insecure-default
DATABASE_URL = os.getenv("DATABASE_URL", "sqlite:///./app.db")


class Settings(BaseSettings):
    # ruleid: py-jwt-secret-insecure-default
    SECRET_KEY: str = "change-me-in-production"
    # ok: py-jwt-secret-insecure-default
    ALGORITHM: str = "HS256"
    # ok: py-jwt-secret-insecure-default
    JWT_SECRET: str


def issue(p):
    return jwt.encode(p, JWT_SECRET, algorithm="HS256")
