from flask import Flask, request

from helpers import to_rows

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def upload():
    # ruleid: flask-upload-read-without-size-limit (the other file only mentions the limit in a comment)
    data = request.files["file"].read()
    return {"rows": len(to_rows(data))}
