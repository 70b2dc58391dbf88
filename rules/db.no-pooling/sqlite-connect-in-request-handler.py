import sqlite3
from contextlib import closing

from flask import Flask, g, jsonify

app = Flask(__name__)


@app.route("/notes")
def notes():
    # ruleid: sqlite-connect-in-request-handler
    conn = sqlite3.connect("app.db")
    return jsonify(conn.execute("SELECT * FROM notes").fetchall())


@app.route("/notes2")
def notes2():
    # ok: sqlite-connect-in-request-handler
    with closing(sqlite3.connect("app.db")) as conn:
        return jsonify(conn.execute("SELECT * FROM notes").fetchall())


def get_db():
    if "db" not in g:
        # ok: sqlite-connect-in-request-handler
        g.db = sqlite3.connect("app.db")
    return g.db
