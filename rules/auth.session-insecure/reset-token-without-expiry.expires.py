# fixture-path: app/auth.py
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, request

from .models import User, db

bp = Blueprint("auth", __name__)


@bp.post("/forgot")
def forgot():
    user = User.query.filter_by(email=request.json["email"]).first()
    if user:
        user.reset_token = secrets.token_urlsafe(32)
        user.reset_expires = datetime.now(timezone.utc) + timedelta(minutes=30)
        db.session.commit()
    return jsonify(ok=True)


@bp.post("/reset")
def reset():
    # ok: reset-token-without-expiry (expiry stored and compared)
    user = User.query.filter_by(reset_token=request.json["token"]).first()
    if not user or user.reset_expires < datetime.now(timezone.utc):
        abort(400)
    user.reset_token = user.reset_expires = None
    db.session.commit()
    return jsonify(ok=True)
