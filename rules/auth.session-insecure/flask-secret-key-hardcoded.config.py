import os


class Config:
    # ruleid: flask-secret-key-hardcoded
    SECRET_KEY = "config-class-literal"
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL")


class ProdConfig(Config):
    # ok: flask-secret-key-hardcoded
    SECRET_KEY = os.environ["SECRET_KEY"]


class DevelopmentConfig(Config):
    # ok: flask-secret-key-hardcoded
    SECRET_KEY = "dev"


class TestingConfig(Config):
    # ok: flask-secret-key-hardcoded
    SECRET_KEY = "test"
