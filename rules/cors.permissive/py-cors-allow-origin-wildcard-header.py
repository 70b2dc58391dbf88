from flask import Flask, jsonify, request

app = Flask(__name__)
ALLOWED = {"https://app.example.com"}


@app.after_request
def add_cors(resp):
    # ruleid: py-cors-allow-origin-wildcard-header
    resp.headers["Access-Control-Allow-Origin"] = "*"
    # ruleid: py-cors-allow-origin-wildcard-header
    resp.headers.add("Access-Control-Allow-Origin", "*")
    return resp


def django_view(request):
    response = jsonify({})
    # ruleid: py-cors-allow-origin-wildcard-header
    response["Access-Control-Allow-Origin"] = "*"
    # ruleid: py-cors-allow-origin-wildcard-header
    return JSONResponse({"ok": True}, headers={"access-control-allow-origin": "*"})


def restricted(resp):
    origin = request.headers.get("Origin")
    if origin in ALLOWED:
        # ok: py-cors-allow-origin-wildcard-header
        resp.headers["Access-Control-Allow-Origin"] = origin
    # ok: py-cors-allow-origin-wildcard-header
    resp.headers["Access-Control-Allow-Methods"] = "*"
    return resp


# ok: py-cors-allow-origin-wildcard-header
# resp.headers["Access-Control-Allow-Origin"] = "*"
