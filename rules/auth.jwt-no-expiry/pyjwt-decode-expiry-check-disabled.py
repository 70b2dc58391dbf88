import os

import jwt

KEY = os.environ["JWT_SECRET"]


def read(token):
    # ruleid: pyjwt-decode-expiry-check-disabled
    return jwt.decode(token, KEY, algorithms=["HS256"], options={"verify_exp": False})


def read_ok(token):
    # ok: pyjwt-decode-expiry-check-disabled
    return jwt.decode(token, KEY, algorithms=["HS256"], leeway=30)


def read_explicit(token):
    # ok: pyjwt-decode-expiry-check-disabled
    return jwt.decode(token, KEY, algorithms=["HS256"], options={"verify_exp": True})


def peek(token):
    # ok: pyjwt-decode-expiry-check-disabled
    return jwt.decode(token, options={"verify_signature": False, "verify_exp": False})
