import os

import stripe
from fastapi import FastAPI, Header, HTTPException, Request
from sqlalchemy import text

from .db import engine

app = FastAPI()


# ruleid: webhook-signature-not-verified
@app.post("/webhooks/stripe")
async def stripe_webhook(request: Request):
    event = await request.json()
    if event["type"] == "checkout.session.completed":
        with engine.begin() as conn:
            conn.execute(text("UPDATE orders SET paid = true WHERE session_id = :s"), {"s": event["data"]["object"]["id"]})
    return {"received": True}


# ok: webhook-signature-not-verified
@app.post("/webhooks/stripe-v2")
async def stripe_webhook_v2(request: Request, stripe_signature: str = Header(None)):
    payload = await request.body()
    try:
        event = stripe.Webhook.construct_event(payload, stripe_signature, os.environ["STRIPE_WEBHOOK_SECRET"])
    except (ValueError, stripe.error.SignatureVerificationError):
        raise HTTPException(status_code=400)
    if event["type"] == "checkout.session.completed":
        with engine.begin() as conn:
            conn.execute(text("UPDATE orders SET paid = true WHERE session_id = :s"), {"s": event["data"]["object"]["id"]})
    return {"received": True}
