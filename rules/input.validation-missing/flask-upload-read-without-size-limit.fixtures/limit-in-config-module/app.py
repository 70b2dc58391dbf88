import csv
import io

from flask import Flask, request

from limits import configure_limits

app = Flask(__name__)
configure_limits(app)


@app.route("/import", methods=["POST"])
def upload():
    # ok: flask-upload-read-without-size-limit (limits.py caps the request size)
    data = request.files["file"].read()
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    return {"rows": len(rows)}
