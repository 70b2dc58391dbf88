# fixture-path: app/auth.py
import secrets

from flask import Blueprint, abort, current_app, jsonify, request
from itsdangerous import BadSignature, URLSafeTimedSerializer

from .models import User, db

bp = Blueprint("auth", __name__)


def _serializer():
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="pw-reset")


@bp.post("/forgot")
def forgot():
    user = User.query.filter_by(email=request.json["email"]).first()
    if user:
        user.reset_token = secrets.token_urlsafe(16)
        db.session.commit()
        send_mail(user.email, _serializer().dumps({"uid": user.id, "t": user.reset_token}))
    return jsonify(ok=True)


@bp.post("/reset")
def reset():
    try:
        data = _serializer().loads(request.json["token"], max_age=1800)
    except BadSignature:
        abort(400)
    # ok: reset-token-without-expiry (the signed token expires after 30 minutes)
    user = User.query.filter_by(id=data["uid"], reset_token=data["t"]).first()
    if not user:
        abort(400)
    return jsonify(ok=True)
