import jwt
from flask import Flask, abort, request

app = Flask(__name__)


def current_user():
    # ruleid: auth-token-from-query-string
    token = request.args.get("token") or request.headers.get("Authorization", "").removeprefix("Bearer ")
    if not token:
        abort(401)
    return jwt.decode(token, app.config["SECRET_KEY"], algorithms=["HS256"])


@app.get("/reset-password")
def reset_password():
    # ok: auth-token-from-query-string
    token = request.args.get("token")
    data = jwt.decode(token, app.config["RESET_SECRET"], algorithms=["HS256"])
    return {"email": data["email"]}
