import os
from datetime import datetime, timezone

from flask import Flask, jsonify, redirect, request
from flask_jwt_extended import JWTManager, get_jwt_identity, jwt_required
from pymongo import MongoClient

app = Flask(__name__)
app.config["JWT_SECRET_KEY"] = os.environ["JWT_SECRET_KEY"]
JWTManager(app)
db = MongoClient(os.environ["MONGO_URI"]).get_default_database()
ALLOWED_COLORS = {"red", "green", "blue"}


# Every field coerced and bounded by hand before it is stored.
# ok: endpoint-missing-validation
@app.post("/api/notes")
@jwt_required()
def create_note():
    data = request.get_json() or {}
    title = str(data.get("title", ""))[:120]
    body = str(data.get("body", ""))[:5000]
    pinned = bool(data.get("pinned"))
    db.notes.insert_one({"owner": get_jwt_identity(), "title": title, "body": body, "pinned": pinned})
    return jsonify(ok=True), 201


# Request values only find a row; nothing from the body is stored.
# ok: endpoint-missing-validation
@app.post("/api/auth/forgot-password")
def forgot_password():
    email = (request.get_json() or {}).get("email", "").lower()
    user = db.users.find_one({"email": email})
    if user:
        db.password_resets.insert_one({"user_id": user["_id"], "created_at": datetime.now(timezone.utc)})
    return jsonify(ok=True)


# Free-form fields stored as they came.
# ruleid: endpoint-missing-validation
@app.post("/api/profile")
@jwt_required()
def update_profile():
    data = request.get_json() or {}
    bio = data.get("bio")
    website = data.get("website")
    color = data.get("color")
    if color not in ALLOWED_COLORS:
        color = "blue"
    db.users.update_one({"_id": get_jwt_identity()}, {"$set": {"bio": bio, "website": website, "color": color}})
    return jsonify(ok=True)


# A comment body goes into the stored HTML.
# ruleid: endpoint-missing-validation
@app.post("/api/posts/<post_id>/comments")
@jwt_required()
def add_comment(post_id):
    text = (request.get_json() or {}).get("text", "").strip()
    author = (request.get_json() or {}).get("author", "")
    db.comments.insert_one({"post": post_id, "html": f"<p><b>{author}</b>: {text}</p>"})
    return jsonify(ok=True), 201


# The redirect target is checked by the allow-list before use; nothing is stored from the body.
# ok: endpoint-missing-validation
@app.post("/api/session/next")
@jwt_required()
def go_next():
    target = request.form.get("next", "/")
    if target not in {"/", "/dashboard", "/settings"}:
        target = "/"
    db.audit.insert_one({"who": get_jwt_identity(), "at": datetime.now(timezone.utc)})
    return redirect(target)
