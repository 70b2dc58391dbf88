import json
import os

from flask import Flask, abort, request, url_for
from itsdangerous import BadSignature, TimestampSigner, URLSafeSerializer, URLSafeTimedSerializer
from werkzeug.security import generate_password_hash

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
PASSWORDS = {}
confirm_serializer = URLSafeTimedSerializer(app.config["SECRET_KEY"], salt="confirm")
signer = TimestampSigner(app.config["SECRET_KEY"])
plain = URLSafeSerializer(app.config["SECRET_KEY"])


def _serializer():
    return URLSafeTimedSerializer(app.config["SECRET_KEY"], salt="pw-reset")


@app.post("/forgot")
def forgot():
    token = _serializer().dumps(request.form["email"])
    return {"sent": url_for("reset", token=token)}


@app.post("/reset/<token>")
def reset(token):
    try:
        # ruleid: signed-token-loaded-without-max-age
        email = _serializer().loads(token)
    except BadSignature:
        abort(400)
    PASSWORDS[email] = generate_password_hash(request.form["password"])
    return {"ok": True}


@app.get("/confirm/<token>")
def confirm(token):
    # ruleid: signed-token-loaded-without-max-age
    email = confirm_serializer.loads(token, salt="confirm")
    # ruleid: signed-token-loaded-without-max-age
    uid = signer.unsign(request.args["sig"])
    # ruleid: signed-token-loaded-without-max-age
    other = URLSafeTimedSerializer(app.config["SECRET_KEY"]).loads(token)
    # ok: signed-token-loaded-without-max-age (an age limit)
    email = confirm_serializer.loads(token, salt="confirm", max_age=3600)
    # ok: signed-token-loaded-without-max-age (the age limit as second argument)
    email = _serializer().loads(token, 1800)
    # ok: signed-token-loaded-without-max-age
    uid = signer.unsign(request.args["sig"], max_age=600)
    # ok: signed-token-loaded-without-max-age (an untimed serializer: no timestamp to check)
    prefs = plain.loads(request.cookies["prefs"])
    # ok: signed-token-loaded-without-max-age (plain JSON)
    body = json.loads(request.data)
    return {"email": email, "uid": uid, "other": other, "prefs": prefs, "body": body}
