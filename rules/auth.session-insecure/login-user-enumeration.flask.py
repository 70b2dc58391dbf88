from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_user
from werkzeug.security import check_password_hash

from .models import User

auth = Blueprint("auth", __name__)


@auth.route("/login", methods=["GET", "POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("main.index"))
    if request.method == "POST":
        user = User.query.filter_by(email=request.form["email"]).first()
        if user is None:
            # ruleid: login-user-enumeration
            flash("Email not found. Please sign up first.")
            return redirect(url_for("auth.login"))
        if not check_password_hash(user.password_hash, request.form["password"]):
            # ok: login-user-enumeration
            flash("Incorrect password, try again.")
            return redirect(url_for("auth.login"))
        login_user(user)
        return redirect(url_for("main.index"))
    return render_template("login.html")


@auth.route("/signin", methods=["POST"])
def signin():
    user = User.query.filter_by(username=request.form["username"]).first()
    if not user or not check_password_hash(user.password_hash, request.form["password"]):
        # ok: login-user-enumeration
        flash("Invalid username or password")
        return redirect(url_for("auth.signin"))
    login_user(user)
    return redirect(url_for("main.index"))
