import os

from fastapi import APIRouter

from config import settings

router = APIRouter()


@router.get("/client-config")
async def client_config():
    # ruleid: server-secret-returned-in-response
    return {"model": settings.openai_model, "openai_key": settings.openai_api_key}


@router.get("/stripe-config")
async def stripe_config():
    # ok: server-secret-returned-in-response (a publishable key is meant for browsers)
    return {"publishableKey": settings.stripe_publishable_key}


@router.get("/status")
async def status():
    # ok: server-secret-returned-in-response (only whether it is set)
    return {"ai_enabled": settings.openai_api_key is not None}


@router.get("/debug/webhook")
async def debug_webhook():
    # ruleid: server-secret-returned-in-response
    return {"secret": os.environ.get("STRIPE_WEBHOOK_SECRET")}


def build_client():
    # ok: server-secret-returned-in-response (not a request handler)
    return settings.openai_api_key


@router.get("/client-config-v2")
async def client_config_v2():
    return {
        "app_name": settings.app_name,
        # ruleid: server-secret-returned-in-response
        "openai_key": settings.openai_api_key,
    }


@router.post("/webhooks/mux")
async def mux_webhook(request):
    if not request.headers.get("mux-signature"):
        return {"error": "stale"}, 400
    # ok: server-secret-returned-in-response (a later statement, not the returned value)
    expected = hmac.new(
        settings.mux_webhook_secret.encode(), await request.body(), hashlib.sha256
    ).hexdigest()
    return {"ok": expected is not None}
