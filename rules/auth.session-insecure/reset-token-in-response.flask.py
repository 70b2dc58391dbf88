import secrets

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017/noteflow").get_default_database()


@app.post("/api/auth/forgot-password")
def forgot_password():
    email = str((request.get_json() or {}).get("email", "")).lower()
    user = db.users.find_one({"email": email})
    if not user:
        return jsonify({"message": "If that account exists, we sent a reset link."})
    token = secrets.token_urlsafe(32)
    db.password_resets.insert_one({"user_id": user["_id"], "token": token})
    # ruleid: reset-token-in-response
    return jsonify({"message": "If that account exists, we sent a reset link.", "reset_token": token})


@app.post("/api/auth/forgot-password-v2")
def forgot_password_v2():
    email = str((request.get_json() or {}).get("email", "")).lower()
    user = db.users.find_one({"email": email})
    if user:
        token = secrets.token_urlsafe(32)
        send_reset_email(email, f"https://app.example.com/reset?token={token}")
    # ok: reset-token-in-response
    return jsonify({"message": "If that account exists, we sent a reset link."})
