import os

from bson import ObjectId
from flask import Flask, abort, jsonify, request
from flask_jwt_extended import JWTManager, get_jwt, jwt_required
from pymongo import MongoClient

app = Flask(__name__)
app.config["JWT_SECRET_KEY"] = os.environ["JWT_SECRET_KEY"]
JWTManager(app)
db = MongoClient(os.environ["MONGO_URI"]).get_default_database()
VALID_ROLES = {"member", "editor", "admin"}


# Any signed-in account can make itself (or anyone) an admin.
# ruleid: admin-route-missing-role-check
@app.patch("/api/users/<user_id>/role")
@jwt_required()
def change_role(user_id):
    role = (request.get_json() or {}).get("role")
    if role not in VALID_ROLES:
        return jsonify({"error": "invalid role"}), 400
    db.users.update_one({"_id": ObjectId(user_id)}, {"$set": {"role": role}})
    return jsonify({"id": user_id, "role": role})


# ok: admin-route-missing-role-check
@app.post("/api/users/<user_id>/ban")
@jwt_required()
def ban_user(user_id):
    if get_jwt().get("role") != "admin":
        abort(403)
    db.users.update_one({"_id": ObjectId(user_id)}, {"$set": {"banned": True}})
    return jsonify(ok=True)


# Reading which roles exist is not admin work.
# ok: admin-route-missing-role-check
@app.get("/api/roles")
@jwt_required()
def list_roles():
    return jsonify(sorted(VALID_ROLES))
