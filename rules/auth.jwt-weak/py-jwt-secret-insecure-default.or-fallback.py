import os
import secrets


class Config:
    # ruleid: py-jwt-secret-insecure-default
    JWT_SECRET_KEY = os.getenv("JWT_SECRET_KEY") or "invoicely-jwt-secret-change-me"
    # ok: py-jwt-secret-insecure-default
    JWT_ALGORITHM = os.getenv("JWT_ALGORITHM") or "HS256"
    # ok: py-jwt-secret-insecure-default
    DATABASE_URL = os.environ.get("DATABASE_URL") or "postgresql://localhost/invoicely"


class OtherConfig:
    # ruleid: py-jwt-secret-insecure-default
    JWT_SECRET = os.environ.get("JWT_SECRET", "") or 'dev-secret'
    # ok: py-jwt-secret-insecure-default
    JWT_SECRET_KEY = os.getenv("JWT_SECRET_KEY") or secrets.token_hex(32)
    # ok: py-jwt-secret-insecure-default
    JWT_SECRET_KEY = os.environ["JWT_SECRET_KEY"]
