import csv
import io

from flask import Flask, request

app = Flask(__name__)
app.config["SECRET_KEY"] = __import__("os").environ["SECRET_KEY"]


@app.route("/import", methods=["POST"])
def upload():
    # ruleid: flask-upload-read-without-size-limit
    data = request.files["file"].read()
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    return {"rows": len(rows)}


@app.route("/avatar", methods=["POST"])
def avatar():
    file = request.files.get("avatar")
    # (reported once per project: this one is listed in the first finding's message)
    content = file.read()
    return {"size": len(content)}


@app.route("/report", methods=["POST"])
def report():
    with open("template.txt") as fh:
        # ok: flask-upload-read-without-size-limit
        template = fh.read()
    return {"template": template}
