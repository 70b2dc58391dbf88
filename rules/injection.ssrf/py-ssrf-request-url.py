import urllib.request

import httpx
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/fetch")
def fetch():
    # ruleid: py-ssrf-request-url
    r = requests.get(request.args["url"], timeout=5)
    url = request.args.get("image")
    # ruleid: py-ssrf-request-url
    data = urllib.request.urlopen(url, timeout=5).read()
    # ruleid: py-ssrf-request-url
    r2 = requests.post(f"http://{request.json['host']}/hook", timeout=5)
    # ruleid: py-ssrf-request-url
    r3 = httpx.get(url=request.form["target"], timeout=5)
    # ok: py-ssrf-request-url
    r4 = requests.get("https://api.github.com/search/repositories", params={"q": request.args["q"]}, timeout=5)
    # ok: py-ssrf-request-url
    r5 = requests.get(f"https://api.github.com/users/{request.args['user']}", timeout=5)
    # ok: py-ssrf-request-url
    r6 = requests.get("https://api.example.com/status", timeout=5)
    return r.text + str(data) + r2.text + r3.text + r4.text + r5.text + r6.text


@app.route("/proxy")
async def proxy():
    async with httpx.AsyncClient() as client:
        # ruleid: py-ssrf-request-url
        resp = await client.get(request.args["u"], timeout=5)
    return resp.text


PREVIEW_HOSTS = {"images.unsplash.com", "i.imgur.com"}


@app.route("/preview")
def preview_checked():
    url = request.args["url"]
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in PREVIEW_HOSTS:
        abort(400)
    # ok: py-ssrf-request-url (host compared to a fixed set first)
    r = requests.get(url, timeout=5, allow_redirects=False)
    return jsonify(size=len(r.content))
