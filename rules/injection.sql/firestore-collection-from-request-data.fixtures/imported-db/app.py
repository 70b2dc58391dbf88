from flask import Flask, jsonify, request

from db import get_db

app = Flask(__name__)


@app.get("/api/search")
def search():
    """Generic filter endpoint used by the catalog page and the admin table."""
    collection = request.args.get("collection", "courses")
    field = request.args.get("field", "category")
    op = request.args.get("op", "==")
    value = request.args.get("value", "")
    # ruleid: firestore-collection-from-request-data
    query = get_db().collection(collection).where(field, op, value).limit(100)
    return jsonify([{**d.to_dict(), "id": d.id} for d in query.stream()])
