from flask import Flask
from jose import jwt

from .config import settings

app = Flask(__name__)
app.secret_key = settings.secret_key


def verify(token):
    return jwt.decode(token, open(settings.jwt_public_key_path).read(), algorithms=["RS256"])
