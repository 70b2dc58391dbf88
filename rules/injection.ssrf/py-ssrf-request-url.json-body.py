import json

import requests
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

WEBHOOK_URL = "https://hooks.example.com/preview"


@login_required
def preview_url(request):
    data = json.loads(request.body)
    # ruleid: py-ssrf-request-url
    resp = requests.get(data["url"], timeout=20)
    return JsonResponse({"size": len(resp.content)})


@login_required
def notify(request):
    data = json.loads(request.body)
    # ok: py-ssrf-request-url (fixed URL, the body is only sent)
    requests.post(WEBHOOK_URL, json=data, timeout=5)
    return JsonResponse({"ok": True})


def crawl(start):
    resp = requests.get(start, timeout=10)
    data = resp.json()
    # ok: py-ssrf-request-url (the dict is an API response, not the request body)
    return requests.get(data["next"], timeout=10)


def flask_view():
    payload = request.get_json(silent=True) or {}
    name = payload.get("name", "")
    # ruleid: py-ssrf-request-url
    r = requests.post(payload.get("callback_url"), json={"name": name}, timeout=5)
    return {"status": r.status_code}
