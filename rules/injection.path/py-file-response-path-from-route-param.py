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


EXPORT_DIR = "exports"


@app.get("/exports/download")
def download_export(name: str):
    path = os.path.join(EXPORT_DIR, name)
    if not os.path.isfile(path):
        raise HTTPException(status_code=404, detail="Export not ready yet")
    # basename() only names the download; `path` itself is never checked
    # ruleid: py-file-response-path-from-route-param
    return FileResponse(path, filename=os.path.basename(path), media_type="application/gzip")


@app.get("/exports/download2")
def download_export2(name: str):
    path = os.path.join(EXPORT_DIR, name)
    # ruleid: py-file-response-path-from-route-param
    return FileResponse(
        path,
        filename=os.path.basename(path),
    )


@app.get("/exports/clean")
def download_clean(name: str):
    name = os.path.basename(name)
    # ok: py-file-response-path-from-route-param (the name is reduced to its last part first)
    return FileResponse(os.path.join(EXPORT_DIR, name), filename=name)


@app.get("/exports/inline-clean")
def download_inline_clean(name: str):
    # ok: py-file-response-path-from-route-param (basename applied in the path itself)
    return FileResponse(os.path.join(EXPORT_DIR, os.path.basename(name)))


@app.get("/exports/compare")
def download_compare(name: str):
    if os.path.basename(name) != name:
        raise HTTPException(status_code=400)
    # ok: py-file-response-path-from-route-param (rejects names with a directory part)
    return FileResponse(os.path.join(EXPORT_DIR, name))


OUTPUT_DIR = "output"


@app.get("/download/invoice")
async def download_invoice(token: str):
    try:
        claims = jwt.decode(token, SECRET, algorithms=["HS256"], audience="download")
    except JWTError:
        raise HTTPException(401, "Link expired")
    path = Path(OUTPUT_DIR) / f"invoice-{int(claims['inv'])}.pdf"
    if not path.exists():
        raise HTTPException(404)
    # ok: py-file-response-path-from-route-param
    return FileResponse(path, media_type="application/pdf")


@app.get("/download/receipt/{receipt_id}")
async def download_receipt(receipt_id: str):
    # ok: py-file-response-path-from-route-param
    return FileResponse(os.path.join(OUTPUT_DIR, f"receipt-{int(receipt_id)}.pdf"))


@app.get("/download/statement")
async def download_statement(token: str):
    claims = jwt.decode(token, SECRET, algorithms=["HS256"])
    path = Path(OUTPUT_DIR) / f"{claims['name']}-{int(claims['inv'])}.pdf"
    # ruleid: py-file-response-path-from-route-param
    return FileResponse(path, media_type="application/pdf")
