import httpx

from ..models import Webhook


async def send_test_event(hook: Webhook) -> dict:
    async with httpx.AsyncClient(timeout=10, follow_redirects=True) as client:
        # ruleid: webhook-url-delivered-without-address-check
        resp = await client.post(hook.url, json={"event": "ping"})
    return {"status_code": resp.status_code, "response_body": resp.text[:2000]}


async def notify_slack(settings) -> None:
    async with httpx.AsyncClient(timeout=10) as client:
        # ok: webhook-url-delivered-without-address-check (the operator's own setting)
        await client.post(settings.SLACK_URL, json={"text": "deploy"})
