from datetime import timedelta

import jwt

from app.security import _with_expiry, add_exp, decode_token, expand_user


def test_expired_claims_rejected():
    claims = _with_expiry({"sub": "abc"}, timedelta(seconds=-10))
    # ok: pyjwt-encode-without-expiry
    token = jwt.encode(claims, "test-secret-not-for-production", algorithm="HS256")
    decode_token(token)


def short_lived(sub):
    # ok: pyjwt-encode-without-expiry
    return jwt.encode(add_exp({"sub": sub}, minutes=5), KEY, algorithm="HS256")


def profile_token(user):
    body = expand_user({"sub": user.id})
    # ruleid: pyjwt-encode-without-expiry
    return jwt.encode(body, KEY, algorithm="HS256")
