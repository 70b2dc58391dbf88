import os

from flask import Flask
from pydantic_settings import BaseSettings

app = Flask(__name__)
# ruleid: py-secret-key-insecure-default
app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY", "dev-key")


class Settings(BaseSettings):
    # ruleid: py-secret-key-insecure-default
    secret_key: str = "change-me"
    # ok: py-secret-key-insecure-default
    database_url: str = "sqlite:///./app.db"
