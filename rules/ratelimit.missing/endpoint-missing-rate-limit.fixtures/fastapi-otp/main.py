import os
import secrets

import httpx
from fastapi import FastAPI

app = FastAPI()
OTP_STORE = {}


async def send_otp_email(email: str, code: str) -> None:
    async with httpx.AsyncClient(timeout=5) as client:
        await client.post(os.environ["NOTIFY_URL"] + "/email/otp", json={"to": email, "code": code})


# The flow is named by the segment before the action: `/otp/request`, `/otp/verify`.
# ruleid: endpoint-missing-rate-limit
@app.post("/api/auth/otp/request")
async def request_otp(email: str):
    code = f"{secrets.randbelow(1_000_000):06d}"
    OTP_STORE[email] = code
    await send_otp_email(email, code)
    return {"sent": True}


# ruleid: endpoint-missing-rate-limit
@app.post("/api/auth/otp/verify")
async def verify_otp(email: str, code: str):
    return {"ok": secrets.compare_digest(OTP_STORE.get(email, ""), code)}


# A request for something else under a different flow: not an auth endpoint.
# ok: endpoint-missing-rate-limit
@app.post("/api/reports/request")
async def request_report(name: str):
    return {"queued": name[:40]}


# Where a sign-in lands (it takes no credentials): not a login.
# ok: endpoint-missing-rate-limit
@app.post("/api/auth/login-success")
async def login_success(next_url: str = "/"):
    return {"next": next_url if next_url.startswith("/") else "/"}


# A staff login is still a login.
# ruleid: endpoint-missing-rate-limit
@app.post("/api/auth/staff-login")
async def staff_login(email: str, password: str):
    return {"ok": secrets.compare_digest(password, OTP_STORE.get(email, ""))}
