import os
from pathlib import Path

from flask import Flask, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = "/srv/uploads"


@app.route("/download")
def download():
    # ruleid: py-path-traversal-request-data
    return send_file(os.path.join(UPLOAD_DIR, request.args["name"]))


@app.route("/read")
def read():
    name = request.args.get("file")
    # ruleid: py-path-traversal-request-data
    with open(name) as fh:
        data = fh.read()
    # ruleid: py-path-traversal-request-data
    path = os.path.join(UPLOAD_DIR, name)
    # ruleid: py-path-traversal-request-data
    p = Path(UPLOAD_DIR) / request.args["sub"]
    # ruleid: py-path-traversal-request-data
    os.remove(f"{UPLOAD_DIR}/{request.form['file']}")
    return data + path + str(p)


@app.route("/safe")
def safe():
    # ok: py-path-traversal-request-data
    r1 = send_from_directory(UPLOAD_DIR, request.args["name"])
    # ok: py-path-traversal-request-data
    r2 = send_file(os.path.join(UPLOAD_DIR, secure_filename(request.args["name"])))
    clean = secure_filename(request.args.get("file", ""))
    # ok: py-path-traversal-request-data
    r3 = open(os.path.join(UPLOAD_DIR, clean))
    # ok: py-path-traversal-request-data
    r4 = open("config.json")
    # ok: py-path-traversal-request-data
    img = Image.open(request.files["image"])
    return r1, r2, r3, r4, img


PDF_DIR = "/srv/exports"


def render_invoice_pdf(invoice_id, logo_url=None):
    return os.path.join(PDF_DIR, f"invoice-{int(invoice_id)}.pdf")


@app.route("/invoices/<int:invoice_id>/pdf", methods=["POST"])
def export_pdf(invoice_id):
    path = render_invoice_pdf(invoice_id, logo_url=request.values.get("logo_url"))
    # ok: py-path-traversal-request-data
    return send_file(path, as_attachment=True)


@app.route("/invoices/export")
def export_named():
    # (arg1 resolves to the keyword value, whatever the keyword)
    # todook: py-path-traversal-request-data
    r1 = send_file(os.path.join(PDF_DIR, "report.pdf"), download_name=request.args.get("as", "report.pdf"))
    path = build_export_path(request.args.get("file"))
    # ruleid: py-path-traversal-request-data
    r2 = send_file(path)
    target = resolve_upload(file_name=request.args["f"])
    # ruleid: py-path-traversal-request-data
    r3 = open(target)
    return r1, r2, r3
