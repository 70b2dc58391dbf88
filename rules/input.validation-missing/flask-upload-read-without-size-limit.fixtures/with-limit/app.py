import csv
import io

from flask import Flask, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 5 * 1024 * 1024


@app.route("/import", methods=["POST"])
def upload():
    # ok: flask-upload-read-without-size-limit
    data = request.files["file"].read()
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    return {"rows": len(rows)}
