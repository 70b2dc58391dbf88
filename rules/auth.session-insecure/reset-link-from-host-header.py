import secrets

from fastapi import APIRouter, Request
from flask import Blueprint, request, url_for

from .config import settings
from .mail import send_email

router = APIRouter()
bp = Blueprint("auth", __name__)


@router.post("/auth/forgot-password")
async def forgot_password(body: ForgotIn, request: Request):
    token = secrets.token_urlsafe(32)
    await store_reset_token(body.email, token)
    # ruleid: reset-link-from-host-header
    link = f"{request.base_url}reset-password?token={token}"
    await send_email(body.email, "Reset your password", link)
    return {"message": "If that e-mail exists, a reset link is on its way."}


@router.post("/auth/verify-email/send")
async def send_verification(request: Request, user=Depends(current_user)):
    token = secrets.token_urlsafe(32)
    # ruleid: reset-link-from-host-header
    url = request.url_for("verify_email", token=token)
    await send_email(user.email, "Confirm your e-mail", str(url))
    return {"sent": True}


@router.post("/auth/forgot-password-safe")
async def forgot_password_safe(body: ForgotIn):
    token = secrets.token_urlsafe(32)
    # ok: reset-link-from-host-header
    link = f"{settings.FRONTEND_URL}/reset-password?token={token}"
    await send_email(body.email, "Reset your password", link)
    return {"message": "If that e-mail exists, a reset link is on its way."}


@bp.route("/forgot", methods=["POST"])
def forgot():
    user = User.query.filter_by(email=request.form["email"]).first()
    if user:
        token = user.get_reset_token()
        # ruleid: reset-link-from-host-header
        reset_link = request.host_url + "reset/" + token
        send_email(user.email, "Password reset", reset_link)
    # ok: reset-link-from-host-header (logged, not linked)
    print("reset requested on", request.host)
    return redirect(url_for("auth.login"))


def send_reset_email(user):
    token = user.get_reset_token()
    # ruleid: reset-link-from-host-header
    link = url_for("auth.reset_token", token=token, _external=True)
    send_email(user.email, "Password reset", link)


@bp.route("/")
def index():
    # ok: reset-link-from-host-header (not a reset or verification link)
    return render_template("index.html", base=request.url_root)
