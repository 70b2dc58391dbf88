import os

from flask import Flask
from flask_jwt_extended import JWTManager

app = Flask(__name__)
# ruleid: py-jwt-hardcoded-signing-key
app.config["JWT_SECRET_KEY"] = "super-secret"
# ok: py-jwt-hardcoded-signing-key
app.config["JWT_SECRET_KEY"] = os.environ["JWT_SECRET_KEY"]
jwt = JWTManager(app)
