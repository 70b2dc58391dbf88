from functools import wraps

from flask import Flask, abort, g, jsonify, redirect, request, session
import firebase_admin
from firebase_admin import firestore

firebase_admin.initialize_app()
db = firestore.client()
app = Flask(__name__)


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if not session.get("uid"):
            return redirect("/login")
        g.uid = session["uid"]
        return view(*args, **kwargs)
    return wrapper


@app.route("/projects/<pid>")
@login_required
def show(pid):
    # ruleid: idor-unscoped-lookup
    snap = db.collection("projects").document(pid).get()
    if not snap.exists:
        abort(404)
    return jsonify(snap.to_dict())


@app.route("/projects/<pid>/archive", methods=["POST"])
@login_required
def archive(pid):
    # ruleid: idor-unscoped-lookup
    db.collection("projects").document(pid).update({"archived": True})
    return "", 204


@app.route("/notes/<note_id>")
@login_required
def note(note_id):
    # ok: idor-unscoped-lookup
    snap = db.collection("notes").document(note_id).get()
    if not snap.exists or snap.get("owner") != g.uid:
        abort(404)
    return jsonify(snap.to_dict())


@app.route("/me/projects/<pid>")
@login_required
def my_project(pid):
    # ok: idor-unscoped-lookup
    snap = db.collection("users").document(g.uid).collection("projects").document(pid).get()
    return jsonify(snap.to_dict() or {})


@app.route("/me")
@login_required
def me():
    # ok: idor-unscoped-lookup
    snap = db.collection("users").document(g.uid).get()
    return jsonify(snap.to_dict())
