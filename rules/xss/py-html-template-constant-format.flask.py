from flask import Flask, request

app = Flask(__name__)
RESULTS_PAGE = "<h1>Results for {query}</h1>{rows}"
ROW = """
<tr><td>{name}</td><td>{email}</td></tr>
"""


@app.route("/search")
def search():
    q = request.args.get("q", "")
    # ruleid: py-html-template-constant-format
    return RESULTS_PAGE.format(query=q, rows="")


@app.route("/row/<name>")
def row(name):
    # ruleid: py-html-template-constant-format
    return ROW.format(name=name, email="")


def render_row_for_log(name):
    # ok: py-html-template-constant-format (not an HTTP answer)
    return ROW.format(name=name, email="")
