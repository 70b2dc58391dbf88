import os


class Config:
    # ruleid: py-secret-key-insecure-default
    SECRET_KEY = os.environ.get("SECRET_KEY", "shopcraft-dev-key-123")
    # ok: py-secret-key-insecure-default (a JWT secret: py-jwt-secret-insecure-default)
    JWT_SECRET = os.environ.get("JWT_SECRET", "shopcraft-jwt-dev-key")
