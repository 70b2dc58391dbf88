from flask import Blueprint, request

from .tasks import deliver_webhook, refresh_rates

bp = Blueprint("hooks", __name__)
RATES_URL = "https://rates.example.com/latest"


@bp.post("/webhooks/test")
def test_webhook():
    deliver_webhook.delay(request.json["target"], {"event": "ping"})
    return {"queued": True}


@bp.post("/rates/refresh")
def rates():
    refresh_rates.delay(RATES_URL)
    return {"queued": True}
