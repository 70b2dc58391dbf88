import urllib.request

import requests


def fetch(url, payload, kw):
    # ruleid: py-http-request-without-timeout
    r = requests.get(url)
    # ruleid: py-http-request-without-timeout
    r2 = requests.post("https://api.example.com/charge", json=payload, headers={"X": "1"})
    # ruleid: py-http-request-without-timeout
    body = urllib.request.urlopen(url).read()
    # ok: py-http-request-without-timeout
    r3 = requests.get(url, timeout=10)
    # ok: py-http-request-without-timeout
    r4 = requests.post(
        "https://api.example.com/charge",
        json=payload,
        timeout=(3.05, 10),
    )
    # ok: py-http-request-without-timeout
    body2 = urllib.request.urlopen(url, timeout=5).read()
    # ok: py-http-request-without-timeout
    r5 = requests.get(url, **kw)
    return r, r2, body, r3, r4, body2, r5
