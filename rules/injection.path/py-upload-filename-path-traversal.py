import os
import uuid
from pathlib import Path

from fastapi import FastAPI, UploadFile
from flask import request
from werkzeug.utils import secure_filename

UPLOAD_DIR = "uploads"
app = FastAPI()


def flask_upload():
    f = request.files["file"]
    # ruleid: py-upload-filename-path-traversal
    f.save(os.path.join(UPLOAD_DIR, f.filename))
    # ok: py-upload-filename-path-traversal
    f.save(os.path.join(UPLOAD_DIR, secure_filename(f.filename)))
    # ok: py-upload-filename-path-traversal
    f.save(os.path.join(UPLOAD_DIR, uuid.uuid4().hex))
    return "ok"


@app.post("/upload")
async def upload(file: UploadFile):
    # ruleid: py-upload-filename-path-traversal
    with open(f"{UPLOAD_DIR}/{file.filename}", "wb") as out:
        out.write(await file.read())
    # ruleid: py-upload-filename-path-traversal
    path = f"uploads/{file.filename}"
    # ruleid: py-upload-filename-path-traversal
    dest = Path(UPLOAD_DIR) / file.filename
    # ok: py-upload-filename-path-traversal
    safe = Path(UPLOAD_DIR) / f"{uuid.uuid4().hex}{Path(file.filename).suffix}"
    # ok: py-upload-filename-path-traversal
    name = Path(file.filename).name
    return {"path": path, "dest": str(dest), "safe": str(safe), "name": name}
