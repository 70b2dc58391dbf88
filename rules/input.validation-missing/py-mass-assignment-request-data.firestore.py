import json

from firebase_admin import db as rtdb
from firebase_admin import firestore
from flask import Flask, abort, g, jsonify, request
from pydantic import BaseModel

app = Flask(__name__)
db = firestore.client()

EDITABLE = {"display_name", "bio"}


class ProfileIn(BaseModel):
    display_name: str
    bio: str = ""


@app.post("/api/profile")
def update_profile():
    # ruleid: py-mass-assignment-request-data
    db.collection("users").document(g.uid).set(request.get_json(), merge=True)
    return jsonify(ok=True)


@app.put("/api/projects/<pid>")
def update_project(pid):
    ref = db.collection("projects").document(pid)
    snap = ref.get()
    if not snap.exists or snap.get("owner") != g.uid:
        abort(404)
    # ruleid: py-mass-assignment-request-data
    ref.update(request.get_json(force=True))
    return jsonify(ok=True)


@app.post("/api/notes")
def create_note():
    data = request.get_json() or {}
    # ruleid: py-mass-assignment-request-data
    db.collection("notes").add(data)
    return jsonify(ok=True), 201


@app.post("/api/settings")
def save_settings():
    user_ref = db.collection("users").document(g.uid)
    batch = db.batch()
    # ruleid: py-mass-assignment-request-data
    batch.set(user_ref, request.json, merge=True)
    batch.commit()
    return jsonify(ok=True)


@app.post("/api/presence")
def presence():
    # ruleid: py-mass-assignment-request-data
    rtdb.reference(f"presence/{g.uid}").update(json.loads(request.data))
    return jsonify(ok=True)


@app.post("/api/profile/name")
def rename():
    body = request.get_json()
    # ok: py-mass-assignment-request-data (a dict built from named fields)
    db.collection("users").document(g.uid).update({"display_name": str(body["display_name"])[:80]})
    return jsonify(ok=True)


@app.post("/api/profile/v2")
def update_profile_validated():
    data = ProfileIn.model_validate(request.get_json()).model_dump(include={"display_name", "bio"})
    # ok: py-mass-assignment-request-data (validated model, named fields only)
    db.collection("users").document(g.uid).set(data, merge=True)
    return jsonify(ok=True)


@app.post("/api/profile/v3")
def update_profile_filtered():
    body = request.get_json()
    changes = {k: v for k, v in body.items() if k in EDITABLE}
    # ok: py-mass-assignment-request-data (filtered to the editable keys)
    db.collection("users").document(g.uid).set(changes, merge=True)
    return jsonify(ok=True)


@app.post("/api/projects/<pid>/touch")
def touch(pid):
    # ok: py-mass-assignment-request-data (server-side values only)
    db.collection("projects").document(pid).update({"updated_at": firestore.SERVER_TIMESTAMP})
    return jsonify(ok=True)


@app.get("/search")
def search():
    params = {"limit": 20}
    # ok: py-mass-assignment-request-data (a plain dict of query options, not a document)
    params.update(request.args)
    return jsonify(params)


async def fastapi_update_profile(request, user):
    # ruleid: py-mass-assignment-request-data
    await db.collection("users").document(user.uid).set(await request.json(), merge=True)


async def fastapi_update_project(request, pid: str):
    payload = await request.json()
    project_doc = db.collection("projects").document(pid)
    # ruleid: py-mass-assignment-request-data
    project_doc.update(payload)
    # ok: py-mass-assignment-request-data (one named field)
    project_doc.update({"title": str(payload.get("title", ""))[:120]})
