import secrets

from fastapi import APIRouter

router = APIRouter()


@router.post("/auth/forgot-password")
async def forgot_password(body: ForgotIn):
    token = secrets.token_urlsafe(32)
    await store_reset_token(body.email, token)
    # ruleid: reset-token-in-response
    return {"message": "Reset link sent", "reset_token": token}


@router.post("/auth/password-reset/request")
def request_reset(body: ForgotIn):
    token = secrets.token_urlsafe(32)
    link = f"{APP_URL}/reset?token={token}"
    # ruleid: reset-token-in-response
    return jsonify({"ok": True, "reset_link": link})


@router.post("/auth/forgot-password-safe")
async def forgot_password_safe(body: ForgotIn):
    token = secrets.token_urlsafe(32)
    await send_reset_email(body.email, token)
    # ok: reset-token-in-response
    return {"message": "If that e-mail exists, a reset link is on its way."}


@router.post("/auth/login")
async def login(body: LoginIn):
    user = await authenticate(body)
    # ok: reset-token-in-response (not a reset or verification handler)
    return {"token": create_access_token(user.id)}


@router.post("/auth/forgot-password/confirm")
async def confirm_reset(body: ResetIn):
    if not await check_reset_token(body.token):
        # ok: reset-token-in-response (the word is inside the error text)
        return {"error": "Invalid or expired token"}
    # ok: reset-token-in-response
    return {"message": "Password updated"}
