import json

import httpx
import requests

from models import WebhookEndpoint
from settings import settings


async def deliver(endpoint: WebhookEndpoint, event: str, payload: dict) -> None:
    body = json.dumps({"event": event, "data": payload})
    async with httpx.AsyncClient(timeout=10) as client:
        # ruleid: outbound-webhook-unsigned
        await client.post(
            endpoint.url,
            content=body,
            headers={"Content-Type": "application/json", "User-Agent": "ChatDock-Webhooks/1.0"},
        )


def fire_hooks(event: str, data: dict) -> None:
    for hook in WebhookEndpoint.select():
        # ruleid: outbound-webhook-unsigned
        requests.post(hook.url, json={"event": event, "data": data}, timeout=5)


def notify_slack(text: str) -> None:
    # ok: outbound-webhook-unsigned (the app's own Slack incoming webhook, from settings)
    requests.post(settings.slack_webhook_url, json={"text": text}, timeout=5)


def check_site(site) -> int:
    # ok: outbound-webhook-unsigned (a link check, not a webhook delivery)
    return requests.post(site.url, timeout=5).status_code
