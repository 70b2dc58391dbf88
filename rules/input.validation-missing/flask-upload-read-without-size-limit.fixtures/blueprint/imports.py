from flask import Blueprint, request

bp = Blueprint("imports", __name__)


@bp.post("/import")
def upload():
    # ok: flask-upload-read-without-size-limit (the app and its config live in another file)
    data = request.files["file"].read()
    return {"size": len(data)}
