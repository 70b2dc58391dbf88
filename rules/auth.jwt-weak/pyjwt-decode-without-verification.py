import os

import jwt

SECRET = os.environ["JWT_SECRET"]


def current_user(token):
    # ruleid: pyjwt-decode-without-verification
    payload = jwt.decode(token, options={"verify_signature": False})
    return payload["sub"]


def legacy(token):
    # ruleid: pyjwt-decode-without-verification
    return jwt.decode(token, SECRET, verify=False)


def multi_line(token):
    return jwt.decode(
        token,
        # ruleid: pyjwt-decode-without-verification
        options={"verify_signature": False, "verify_exp": False},
    )


# ruleid: pyjwt-decode-without-verification
DECODE_OPTIONS = {"verify_signature": False}


def verified(token):
    # ok: pyjwt-decode-without-verification
    return jwt.decode(token, SECRET, algorithms=["HS256"])


def verified_explicit(token):
    # ok: pyjwt-decode-without-verification
    return jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_signature": True})


def header_only(token):
    # ok: pyjwt-decode-without-verification
    return jwt.get_unverified_header(token)["kid"]


# ok: pyjwt-decode-without-verification
# jwt.decode(token, options={"verify_signature": False}) is what we used to do
