import os


class TestConfig:
    TESTING = True
    # ok: generic-jwt-secret
    ACCESS_TOKEN_SECRET = "test-only-secret"


class ProductionConfig:
    # ruleid: generic-jwt-secret
    ACCESS_TOKEN_SECRET = "prod-access-4f9a1c2e7b"
