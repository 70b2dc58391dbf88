import os

from bson import ObjectId
from flask import Flask, abort, jsonify, request
from flask_jwt_extended import JWTManager, get_jwt_identity, jwt_required
from pymongo import MongoClient

app = Flask(__name__)
app.config["JWT_SECRET_KEY"] = os.environ["JWT_SECRET_KEY"]
JWTManager(app)
db = MongoClient(os.environ["MONGO_URI"]).get_default_database()


@app.post("/api/users/me/bio")
@jwt_required()
def set_bio():
    bio = str((request.get_json() or {}).get("bio", ""))[:500]
    # ok: idor-unscoped-lookup
    db.users.update_one({"_id": ObjectId(get_jwt_identity())}, {"$set": {"bio": bio}})
    return jsonify({"bio": bio})


@app.delete("/api/notes/<note_id>")
@jwt_required()
def delete_note(note_id):
    # ruleid: idor-unscoped-lookup
    res = db.notes.delete_one({"_id": ObjectId(note_id)})
    if not res.deleted_count:
        abort(404)
    return "", 204
