# fixture-path: app/auth.py
import secrets

from flask import Blueprint, abort, jsonify, request
from werkzeug.security import generate_password_hash

from .models import User, db
from .mail import send_reset_email

bp = Blueprint("auth", __name__)


@bp.post("/forgot")
def forgot():
    user = User.query.filter_by(email=request.json["email"]).first()
    if user:
        user.reset_token = secrets.token_urlsafe(32)
        db.session.commit()
        send_reset_email(user.email, user.reset_token)
    return jsonify(ok=True)


@bp.post("/reset")
def reset():
    # ruleid: reset-token-without-expiry
    user = User.query.filter_by(reset_token=request.json["token"]).first()
    if not user:
        abort(400)
    user.password_hash = generate_password_hash(request.json["password"])
    user.reset_token = None
    db.session.commit()
    return jsonify(ok=True)
