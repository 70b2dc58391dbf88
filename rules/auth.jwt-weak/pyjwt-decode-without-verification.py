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


def current_user_id(token: str) -> str:
    # python-jose: reads whatever the token says, signed or not.
    # ruleid: pyjwt-decode-without-verification
    claims = jwt.get_unverified_claims(token)
    return claims["sub"]


def verify_multi_tenant(token: str) -> dict:
    # Peeks at the issuer to pick the tenant's key, then verifies with it.
    # ok: pyjwt-decode-without-verification
    issuer = jwt.get_unverified_claims(token)["iss"]
    return jwt.decode(token, TENANT_KEYS[issuer], algorithms=["RS256"], audience="api")
