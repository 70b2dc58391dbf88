import hashlib
import hmac
import os

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()
SMS_WEBHOOK_SECRET = os.environ.get("SMS_WEBHOOK_SECRET", "")


def _valid_sms_signature(body: bytes, signature: str | None) -> bool:
    if not signature or not SMS_WEBHOOK_SECRET:
        return False
    expected = hmac.new(SMS_WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


# ok: webhook-signature-not-verified (_valid_sms_signature compares an HMAC of the raw body)
@app.post("/webhooks/sms-status")
async def sms_status(request: Request, x_medibook_signature: str | None = Header(default=None)):
    body = await request.body()
    if not _valid_sms_signature(body, x_medibook_signature):
        raise HTTPException(status_code=401, detail="Invalid signature")
    data = await request.json()
    return {"ok": True, "reference": data.get("reference")}


@app.get("/healthz")
def healthz():
    return {"ok": True}
