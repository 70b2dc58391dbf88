from flask import Flask, make_response, request

from pages import RESULTS_PAGE

app = Flask(__name__)


@app.get("/search")
def search():
    q = request.args.get("q", "")
    # ruleid: py-html-template-constant-format
    html = RESULTS_PAGE.format(query=q, rows="")
    return make_response(html, 200)
