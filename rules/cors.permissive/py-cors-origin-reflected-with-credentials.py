from flask import request

ALLOWED_ORIGINS = {"https://app.example.com"}


def add_cors(resp):
    # ruleid: py-cors-origin-reflected-with-credentials
    resp.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin")
    resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


def add_cors_var(resp):
    origin = request.headers.get("Origin", "*")
    # ruleid: py-cors-origin-reflected-with-credentials
    resp.headers["Access-Control-Allow-Origin"] = origin
    resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


def add_cors_checked(resp):
    origin = request.headers.get("Origin")
    if origin in ALLOWED_ORIGINS:
        # ok: py-cors-origin-reflected-with-credentials
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


def add_cors_no_credentials(resp):
    # ok: py-cors-origin-reflected-with-credentials
    resp.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin")
    return resp
