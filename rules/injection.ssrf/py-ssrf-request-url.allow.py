from urllib.parse import urlparse

import requests
from flask import abort, request

ALLOWED_HOSTS = {"images.example.com"}


def fetch():
    url = request.args["url"]
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        abort(400)
    # ok: py-ssrf-request-url
    return requests.get(url, timeout=5).content
