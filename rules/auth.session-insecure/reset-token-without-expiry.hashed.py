# fixture-path: app/auth/routes.py
import hashlib
import time

from flask import Blueprint, redirect, request

from .models import User, db

bp = Blueprint("auth", __name__)


@bp.route("/forgot", methods=["POST"])
def forgot_password():
    user = User.query.filter_by(email=request.form["email"].lower()).first()
    if user:
        user.reset_token = hashlib.md5(f"{user.email}{int(time.time())}".encode()).hexdigest()
        db.session.commit()
    return redirect("/login")


@bp.route("/reset/<token>", methods=["POST"])
def reset_password(token):
    # ruleid: reset-token-without-expiry
    user = User.query.filter_by(reset_token=token).first_or_404()
    user.set_password(request.form["password"])
    user.reset_token = None
    db.session.commit()
    return redirect("/login")
