import hashlib
import hmac
import json
import time

import httpx


async def deliver_webhook(endpoint, event: str, payload: dict) -> None:
    body = json.dumps({"event": event, "data": payload})
    ts = str(int(time.time()))
    sig = hmac.new(endpoint.secret.encode(), f"{ts}.{body}".encode(), hashlib.sha256).hexdigest()
    async with httpx.AsyncClient(timeout=10) as client:
        # ok: outbound-webhook-unsigned
        await client.post(endpoint.url, content=body, headers={"X-Webhook-Timestamp": ts, "X-Webhook-Signature": sig})
