import json, requests
from flask import Flask, request

app = Flask(__name__)


@app.post("/unfurl")
def unfurl():
    # ruleid: py-ssrf-request-url
    page = requests.get(request.json["link"], timeout=5)
    return json.dumps({"size": len(page.content)})


@app.post("/unfurl-fixed")
def unfurl_fixed():
    # ok: py-ssrf-request-url
    page = requests.get("https://status.internal.example.org/ping", timeout=5)
    return json.dumps({"size": len(page.content)})
