import os
from datetime import timedelta


class Config:
    SECRET_KEY = os.environ["SECRET_KEY"]
    JWT_SECRET_KEY = os.environ["JWT_SECRET_KEY"]
    JWT_ACCESS_TOKEN_EXPIRES = timedelta(minutes=15)


class ProductionConfig(Config):
    # ruleid: py-jwt-hardcoded-signing-key
    JWT_SECRET_KEY = "prod-jwt-k3y-9f2a7c"


class TestConfig(Config):
    TESTING = True
    # ok: py-jwt-hardcoded-signing-key
    JWT_SECRET_KEY = "test-only-secret"


class TestingConfig(Config):
    TESTING = True
    # ok: py-jwt-hardcoded-signing-key
    JWT_SECRET_KEY = "test-only-secret"
