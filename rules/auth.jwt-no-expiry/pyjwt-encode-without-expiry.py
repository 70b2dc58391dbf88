import os
from datetime import datetime, timedelta, timezone

import jwt

SECRET = os.environ["JWT_SECRET"]


def login_token(user):
    # ruleid: pyjwt-encode-without-expiry
    return jwt.encode({"sub": str(user.id), "role": user.role}, SECRET, algorithm="HS256")


def login_token_var(user):
    payload = {"user_id": user.id, "email": user.email}
    # ruleid: pyjwt-encode-without-expiry
    token = jwt.encode(payload, SECRET, algorithm="HS256")
    return token


def copied(data: dict):
    to_encode = data.copy()
    # ruleid: pyjwt-encode-without-expiry
    return jwt.encode(to_encode, SECRET, algorithm="HS256")


def with_exp(user):
    # ok: pyjwt-encode-without-expiry
    return jwt.encode({"sub": str(user.id), "exp": datetime.now(timezone.utc) + timedelta(minutes=15)}, SECRET, algorithm="HS256")


def with_exp_var(user):
    payload = {
        "sub": str(user.id),
        "exp": datetime.now(timezone.utc) + timedelta(minutes=15),
    }
    # ok: pyjwt-encode-without-expiry
    return jwt.encode(payload, SECRET, algorithm="HS256")


def create_access_token(data: dict, expires_delta: timedelta | None = None):
    to_encode = data.copy()
    expire = datetime.now(timezone.utc) + (expires_delta or timedelta(minutes=15))
    to_encode.update({"exp": expire})
    # ok: pyjwt-encode-without-expiry
    return jwt.encode(to_encode, SECRET, algorithm="HS256")


def subscript_exp(user):
    claims = {"sub": user.id}
    claims["exp"] = datetime.now(timezone.utc) + timedelta(minutes=5)
    # ok: pyjwt-encode-without-expiry
    return jwt.encode(claims, SECRET, algorithm="HS256")


def dict_call(user):
    # ok: pyjwt-encode-without-expiry
    return jwt.encode(dict(sub=user.id, exp=datetime.now(timezone.utc) + timedelta(minutes=5)), SECRET, algorithm="HS256")


def passthrough(payload):
    # ok: pyjwt-encode-without-expiry
    return jwt.encode(payload, SECRET, algorithm="HS256")


def built(user):
    # ok: pyjwt-encode-without-expiry
    return jwt.encode(build_claims(user), SECRET, algorithm="HS256")


# ok: pyjwt-encode-without-expiry
# jwt.encode({"sub": 1}, SECRET) in a comment
NOTE = "jwt.encode({'sub': 1}, SECRET) in a string"
