import os
import secrets

from flask import Flask

app = Flask(__name__)
# ruleid: py-secret-key-insecure-default
app.config["SECRET_KEY"] = os.getenv("SECRET_KEY") or "invoicely-dev-change-me"
# ok: py-secret-key-insecure-default
app.config["SECRET_KEY"] = os.getenv("SECRET_KEY") or secrets.token_hex(32)
# ok: py-secret-key-insecure-default
app.config["SQLALCHEMY_DATABASE_URI"] = os.getenv("DATABASE_URL") or "sqlite:///app.db"
