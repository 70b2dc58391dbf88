import os

from flask import Blueprint, current_app, send_file

from forms import RenameForm
from models import Document

bp = Blueprint("docs", __name__)


@bp.route("/docs/<int:doc_id>/export", methods=["POST"])
def export(doc_id):
    form = RenameForm()
    doc = Document.query.get_or_404(doc_id)
    doc.title = form.title.data
    # ok: py-upload-filename-path-traversal
    path = os.path.join(current_app.config["EXPORT_DIR"], doc.filename)
    return send_file(path)
