from flask import Flask, jsonify, request

from store import get_store

app = Flask(__name__)


@app.get("/api/items")
def items():
    name = request.args.get("kind", "items")
    # ok: firestore-collection-from-request-data (not Firestore)
    return jsonify(get_store().collection(name).all())
