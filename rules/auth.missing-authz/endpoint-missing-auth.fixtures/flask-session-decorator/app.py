import functools
import os
import sqlite3

from flask import Flask, abort, jsonify, request, session

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]


def staff_only(view):
    # The signed-in account lives in the session under a key of the app's choosing.
    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        if "admin_id" not in session:
            abort(401)
        return view(*args, **kwargs)

    return wrapped


def db():
    return sqlite3.connect("notes.db")


# ok: endpoint-missing-auth
@app.route("/reports", methods=["POST"])
@staff_only
def create_report():
    db().execute("INSERT INTO reports (title) VALUES (?)", (request.form["title"],))
    return jsonify({"ok": True}), 201


# ruleid: endpoint-missing-auth
@app.route("/reports/<int:report_id>", methods=["DELETE"])
def delete_report(report_id):
    db().execute("DELETE FROM reports WHERE id = ?", (report_id,))
    return "", 204
