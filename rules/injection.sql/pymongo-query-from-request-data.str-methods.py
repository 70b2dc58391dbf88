from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017/noteflow").get_default_database()


@app.post("/api/auth/register")
def register():
    data = request.get_json() or {}
    # ok: pymongo-query-from-request-data
    if db.users.find_one({"email": data["email"].lower()}):
        return jsonify({"available": False})
    return jsonify({"available": True})


@app.post("/api/auth/check")
def check():
    # ok: pymongo-query-from-request-data
    taken = db.users.count_documents({"username": request.json.get("username", "").strip().casefold()})
    return jsonify({"taken": bool(taken)})


@app.post("/api/auth/login")
def login():
    data = request.get_json() or {}
    # ruleid: pymongo-query-from-request-data
    user = db.users.find_one({"email": data["email"].lower(), "password": data["password"]})
    return jsonify({"ok": bool(user)})


@app.post("/api/auth/login2")
def login2():
    # ruleid: pymongo-query-from-request-data
    user = db.users.find_one({"email": request.json["email"], "password": request.json.get("password")})
    return jsonify({"ok": bool(user)})


@app.get("/api/profile")
def profile():
    data = request.get_json() or {}
    # ruleid: pymongo-query-from-request-data
    return jsonify(db.profiles.find_one({"handle": data.get("handle") or "me"}, {"_id": 0}))
