import requests

ALLOWED_HOSTS = {"images.example.com"}


def fetch_link_preview(url):
    # ruleid: py-ssrf-through-helper
    resp = requests.get(url, timeout=10, allow_redirects=True)
    return {"url": url, "status": resp.status_code, "title": resp.text[:200]}


def fetch_image(url):
    from urllib.parse import urlparse

    if urlparse(url).hostname not in ALLOWED_HOSTS:
        raise ValueError("host not allowed")
    # ok: py-ssrf-through-helper
    return requests.get(url, timeout=5).content


def ping(url):
    # ok: py-ssrf-through-helper
    return requests.head(url, timeout=3).status_code
