# A FastAPI config module with a settings class per environment.
import os

ALGORITHM = "HS256"


class ProdConfig:
    # ruleid: py-jwt-secret-key-hardcoded
    SECRET_KEY = "pr0d-signing-9f2a7c"


class TestConfig(ProdConfig):
    TESTING = True
    # ok: py-jwt-secret-key-hardcoded
    SECRET_KEY = "test-only-secret"
