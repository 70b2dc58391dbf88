from datetime import datetime

from flask import Flask, jsonify, request
from pymongo import MongoClient
from werkzeug.security import generate_password_hash

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017/noteflow").get_default_database()


@app.post("/api/auth/register")
def register():
    data = request.get_json() or {}
    if not data.get("email") or not data.get("password"):
        return jsonify({"error": "email and password are required"}), 400
    user = {**data, "email": data["email"].lower(), "created_at": datetime.utcnow()}
    user["password_hash"] = generate_password_hash(user.pop("password"))
    user.setdefault("role", "member")
    # ruleid: py-mass-assignment-request-data
    result = db.users.insert_one(user)
    return jsonify({"id": str(result.inserted_id)}), 201


@app.post("/api/notes")
def create_note():
    note = {**request.get_json(), "created_at": datetime.utcnow()}
    # ruleid: py-mass-assignment-request-data
    db.notes.insert_one(note)
    return jsonify({"ok": True}), 201


@app.post("/api/auth/register2")
def register2():
    data = request.get_json() or {}
    user = {
        "email": str(data["email"]).lower(),
        "name": str(data.get("name", "")),
        "password_hash": generate_password_hash(str(data["password"])),
        "role": "member",
    }
    # ok: py-mass-assignment-request-data
    db.users.insert_one(user)
    audit = {**DEFAULT_AUDIT, "event": "register"}
    # ok: py-mass-assignment-request-data
    db.audit.insert_one(audit)
    return jsonify({"ok": True}), 201


@app.post("/api/echo")
def echo():
    data = request.get_json() or {}
    # ok: py-mass-assignment-request-data
    return jsonify({**data, "received": True})
