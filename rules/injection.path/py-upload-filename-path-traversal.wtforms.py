import os
import uuid

from flask import Blueprint, current_app, redirect, render_template
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField
from werkzeug.utils import secure_filename

bp = Blueprint("views", __name__)


class AvatarForm(FlaskForm):
    avatar = FileField("Avatar", validators=[FileAllowed(["png", "jpg"])])


@bp.route("/settings/avatar", methods=["GET", "POST"])
@login_required
def upload_avatar():
    form = AvatarForm()
    if form.validate_on_submit():
        f = form.avatar.data
        # ruleid: py-upload-filename-path-traversal
        dest = os.path.join(current_app.config["UPLOAD_DIR"], f.filename)
        f.save(dest)
        current_user.avatar = f.filename
        current_user.save()
        return redirect("/")
    return render_template("avatar.html", form=form)


@bp.route("/settings/banner", methods=["GET", "POST"])
@login_required
def upload_banner():
    form = AvatarForm()
    if form.validate_on_submit():
        f = form.avatar.data
        # ok: py-upload-filename-path-traversal
        dest = os.path.join(current_app.config["UPLOAD_DIR"], secure_filename(f.filename))
        f.save(dest)
        name = f"{uuid.uuid4().hex}.png"
        # ok: py-upload-filename-path-traversal
        f.save(os.path.join(current_app.config["UPLOAD_DIR"], name))
        return redirect("/")
    return render_template("avatar.html", form=form)
