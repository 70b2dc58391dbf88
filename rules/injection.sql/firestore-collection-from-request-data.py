from firebase_admin import firestore
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
db = firestore.client()
SEARCHABLE = {"courses", "lessons"}


@app.get("/api/search")
def search():
    collection = request.args.get("collection", "courses")
    field = request.args.get("field", "category")
    op = request.args.get("op", "==")
    value = request.args.get("value", "")
    # ruleid: firestore-collection-from-request-data
    query = db.collection(collection).where(field, op, value).limit(100)
    return jsonify([{**d.to_dict(), "id": d.id} for d in query.stream()])


@app.get("/api/list/<name>")
def list_docs(name):
    # ruleid: firestore-collection-from-request-data
    return jsonify([d.to_dict() for d in db.collection(name).stream()])


@app.get("/api/safe-search")
def safe_search():
    collection = request.args.get("collection", "courses")
    if collection not in SEARCHABLE:
        abort(400)
    # ok: firestore-collection-from-request-data (allow-listed)
    return jsonify([d.to_dict() for d in db.collection(collection).limit(50).stream()])


@app.get("/api/courses/<course_id>/lessons")
def lessons(course_id):
    # ok: firestore-collection-from-request-data (fixed collection, the id only picks a document)
    lessons = db.collection("courses").document(course_id).collection("lessons").stream()
    return jsonify([d.to_dict() for d in lessons])


@app.get("/api/users/<uid>/notes")
def notes(uid):
    # ok: firestore-collection-from-request-data (a fixed path with an id in it)
    return jsonify([d.to_dict() for d in db.collection(f"users/{uid}/notes").stream()])


def export_collection(name):
    # ok: firestore-collection-from-request-data (not a request handler)
    return [d.to_dict() for d in db.collection(name).stream()]
