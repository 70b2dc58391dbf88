import os
import uuid

from flask import Blueprint, current_app, redirect
from flask_login import current_user, login_required

from forms import NoteForm

bp = Blueprint("main", __name__)


@bp.route("/notes/new", methods=["POST"])
@login_required
def new_note():
    form = NoteForm()
    if form.validate_on_submit():
        upload = form.attachment.data
        if upload:
            # ruleid: py-upload-filename-path-traversal
            dest = os.path.join(current_app.config["UPLOAD_FOLDER"], str(current_user.id), upload.filename)
            upload.save(dest)
    return redirect("/")


@bp.route("/notes/new2", methods=["POST"])
@login_required
def new_note_safe():
    form = NoteForm()
    if form.validate_on_submit():
        upload = form.attachment.data
        ext = os.path.splitext(upload.filename)[1].lower()
        dest = os.path.join(current_app.config["UPLOAD_FOLDER"], f"{uuid.uuid4().hex}{ext}")
        # ok: py-upload-filename-path-traversal
        upload.save(dest)
    return redirect("/")
