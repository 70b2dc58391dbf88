from datetime import timedelta

from flask import Flask, jsonify
from flask_jwt_extended import JWTManager, create_access_token, create_refresh_token

app = Flask(__name__)
# ruleid: flask-jwt-extended-expiry-disabled
app.config["JWT_ACCESS_TOKEN_EXPIRES"] = False
# ok: flask-jwt-extended-expiry-disabled
app.config["JWT_ACCESS_TOKEN_EXPIRES"] = timedelta(minutes=15)
jwt = JWTManager(app)


@app.post("/login")
def login():
    # ruleid: flask-jwt-extended-expiry-disabled
    token = create_access_token(identity="42", expires_delta=False)
    # ok: flask-jwt-extended-expiry-disabled
    short = create_access_token(identity="42")
    # ok: flask-jwt-extended-expiry-disabled
    refresh = create_refresh_token(identity="42", expires_delta=False)
    return jsonify(token=token, short=short, refresh=refresh)
