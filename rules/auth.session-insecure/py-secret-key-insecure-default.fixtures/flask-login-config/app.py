import jwt
from flask import Flask, session
from flask_login import LoginManager

from config import Config

app = Flask(__name__)
app.config.from_object(Config)
LoginManager(app)


@app.get("/token")
def token():
    return jwt.encode({"sub": session.get("uid"), "exp": 9999999999}, app.config["JWT_SECRET"], algorithm="HS256")
