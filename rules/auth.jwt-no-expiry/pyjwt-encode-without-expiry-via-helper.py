import os
from datetime import datetime, timedelta, timezone

from jose import jwt

SECRET = os.environ["JWT_SECRET"]


def _sign(claims: dict) -> str:
    # ruleid: pyjwt-encode-without-expiry-via-helper
    return jwt.encode(claims, SECRET, algorithm="HS256")


def create_access_token(user_id: int, **extra) -> str:
    claims = {"sub": str(user_id), "type": "access", **extra}
    return _sign(claims)


def create_refresh_token(user_id: int) -> str:
    claims = {
        "sub": str(user_id),
        "type": "refresh",
        "exp": datetime.now(timezone.utc) + timedelta(days=7),
    }
    return _sign(claims)


def _encode_with_expiry(payload):
    payload["exp"] = datetime.now(timezone.utc) + timedelta(minutes=15)
    # ok: pyjwt-encode-without-expiry-via-helper (the helper adds exp)
    return jwt.encode(payload, SECRET, algorithm="HS256")


def login_token(uid):
    return _encode_with_expiry({"sub": uid})


def _sign_only_expiring(claims):
    # ok: pyjwt-encode-without-expiry-via-helper (every caller passes exp)
    return jwt.encode(claims, SECRET, algorithm="HS256")


def email_token(uid):
    return _sign_only_expiring({"sub": uid, "exp": datetime.now(timezone.utc) + timedelta(hours=1)})


def invite_token(uid):
    claims = {"sub": uid, "scope": "invite"}
    claims["exp"] = datetime.now(timezone.utc) + timedelta(days=2)
    return _sign_only_expiring(claims)


def _sign_built(claims):
    # ok: pyjwt-encode-without-expiry-via-helper (the caller's payload comes from a builder)
    return jwt.encode(claims, SECRET, algorithm="HS256")


def session_token(user):
    headers = {"kid": "k1"}
    payload = build_payload(user)
    return _sign_built(payload)


def create_token_direct(user_id: int) -> str:
    # ok: pyjwt-encode-without-expiry-via-helper (inline payload: pyjwt-encode-without-expiry)
    return jwt.encode({"sub": str(user_id)}, SECRET, algorithm="HS256")
