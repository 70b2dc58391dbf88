import base64
import os
import pickle

import jsonpickle
from flask import Flask, request

app = Flask(__name__)
MODEL_PATH = os.path.join(os.path.dirname(__file__), "model.pkl")

# ok: py-insecure-deserialization-untrusted
model = pickle.load(open(MODEL_PATH, "rb"))


@app.post("/restore")
def restore():
    # ruleid: py-insecure-deserialization-untrusted
    state = pickle.loads(request.data)
    # ruleid: py-insecure-deserialization-untrusted
    prefs = pickle.loads(base64.b64decode(request.cookies.get("prefs")))
    # ruleid: py-insecure-deserialization-untrusted
    obj = jsonpickle.decode(request.get_data(as_text=True))
    return {"state": state, "prefs": prefs, "obj": obj}


@app.post("/upload-model")
def upload_model():
    f = request.files["model"]
    # ruleid: py-insecure-deserialization-untrusted
    m = pickle.load(f)
    return {"ok": m is not None}


@app.get("/predict")
def predict():
    with open(MODEL_PATH, "rb") as fh:
        # ok: py-insecure-deserialization-untrusted
        m = pickle.load(fh)
    # ok: py-insecure-deserialization-untrusted
    m2 = pickle.load(open("model.pkl", "rb"))
    return {"ok": bool(m and m2)}


def worker(blob):
    # ok: py-insecure-deserialization-untrusted
    return pickle.loads(blob)


def restore_backup(user, raw_bytes):
    """Called by the upload view with the uploaded file's bytes."""
    # ruleid: py-insecure-deserialization-untrusted
    payload = pickle.loads(raw_bytes)
    return len(payload["invoices"])


def load_cached(key):
    raw = cache.get(key)
    # ok: py-insecure-deserialization-untrusted
    return pickle.loads(raw) if raw else None


@app.get("/cached/<key>")
def cached_view(key):
    raw = redis_client.get(key)
    # ok: py-insecure-deserialization-untrusted
    return pickle.loads(raw)
