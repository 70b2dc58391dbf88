import os
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse
from flask import Flask, request, send_file, send_from_directory

app = FastAPI()
flask_app = Flask(__name__)
UPLOAD_DIR = "uploads"


@app.get("/files/{name}")
def get_file(name: str):
    # ruleid: py-file-response-path-from-route-param
    return FileResponse(f"{UPLOAD_DIR}/{name}")


@app.get("/download")
async def download(filename: str):
    path = os.path.join(UPLOAD_DIR, filename)
    # ruleid: py-file-response-path-from-route-param
    return FileResponse(path)


@flask_app.route("/export/<filename>")
def export(filename):
    # ruleid: py-file-response-path-from-route-param
    return send_file(os.path.join("exports", filename))


@flask_app.route("/export2/<filename>")
def export_ok(filename):
    # ok: py-file-response-path-from-route-param
    return send_from_directory("exports", filename)


@app.get("/safe/{name}")
def safe(name: str):
    base = Path(UPLOAD_DIR).resolve()
    target = (base / name).resolve()
    if not target.is_relative_to(base):
        raise HTTPException(status_code=404)
    # ok: py-file-response-path-from-route-param
    return FileResponse(target)


@app.get("/report")
def report():
    # ok: py-file-response-path-from-route-param
    return FileResponse(os.path.join(UPLOAD_DIR, "report.pdf"))


@app.get("/static-file")
def static_file():
    # ok: py-file-response-path-from-route-param
    return FileResponse("static/index.html")


@app.get("/report2")
def report2(fmt: str):
    # ok: py-file-response-path-from-route-param
    return FileResponse(os.path.join(UPLOAD_DIR, "report.pdf"), filename=f"report.{fmt}")


@flask_app.route("/dl/<kind>")
def dl(kind):
    filename = request.args.get("f")
    # ok: py-file-response-path-from-route-param
    return send_file(os.path.join("exports", kind, filename))
