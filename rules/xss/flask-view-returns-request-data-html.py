from flask import Flask, jsonify, render_template, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    # ruleid: flask-view-returns-request-data-html
    return f"<h1>Hello {request.args.get('name')}</h1>"


@app.route("/greet")
def greet():
    name = request.args.get("name", "")
    # ruleid: flask-view-returns-request-data-html
    return "<p>Welcome, " + name + "</p>"


@app.route("/search")
def search():
    q = request.args.get("q", "")
    # ok: flask-view-returns-request-data-html
    return f"<h1>Results for {escape(q)}</h1>"


@app.route("/page")
def page():
    q = request.args.get("q", "")
    # ok: flask-view-returns-request-data-html
    return render_template("search.html", q=q)


@app.route("/api")
def api():
    # ok: flask-view-returns-request-data-html
    return jsonify(q=request.args.get("q"))


@app.route("/status")
def status():
    # ok: flask-view-returns-request-data-html
    return f"<p>OK: {app.name}</p>"


def helper(x):
    # ok: flask-view-returns-request-data-html
    return f"<b>{x}</b>"


@app.route("/greet/<visitor>")
def greet(visitor):
    # ruleid: flask-view-returns-request-data-html
    return f"<h2>Welcome back, {visitor}!</h2>"


@app.get("/docs/<path:section>")
def doc_section(section):
    # ruleid: flask-view-returns-request-data-html
    return "<article>Section: " + section + "</article>"


@app.route("/orders/<int:order_id>")
def order_badge(order_id):
    # ok: flask-view-returns-request-data-html
    return f"<span class='badge'>Order #{order_id}</span>"


@app.route("/greet-safe/<visitor>")
def greet_safe(visitor):
    # ok: flask-view-returns-request-data-html
    return f"<h2>Welcome back, {escape(visitor)}!</h2>"


@app.route("/label")
def label():
    text = request.args.get("text", "")
    # ruleid: flask-view-returns-request-data-html
    return "<span class='label'>" + text + "</span>"
