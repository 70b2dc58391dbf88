import os

from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/debug")
def debug():
    # ruleid: environment-returned-in-response
    return jsonify(dict(os.environ))


@app.get("/debug/env")
def debug_env():
    # ruleid: environment-returned-in-response
    return {"ok": True, "env": dict(os.environ)}


@app.get("/health")
def health():
    # ok: environment-returned-in-response
    return jsonify(ok=True, env=os.environ.get("APP_ENV", "dev"))
