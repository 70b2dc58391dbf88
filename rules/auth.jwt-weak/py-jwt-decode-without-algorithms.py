import os

from jose import jwt

KEY = os.environ["JWT_SECRET"]


def read(token):
    # ruleid: py-jwt-decode-without-algorithms
    return jwt.decode(token, KEY)


def read_opts(token):
    # ruleid: py-jwt-decode-without-algorithms
    return jwt.decode(token, KEY, options={"verify_aud": False})


def read_ok(token):
    # ok: py-jwt-decode-without-algorithms
    return jwt.decode(token, KEY, algorithms=["HS256"])


def read_positional(token):
    # ok: py-jwt-decode-without-algorithms
    return jwt.decode(token, KEY, ["HS256"])


def read_kwargs(token, **kw):
    # ok: py-jwt-decode-without-algorithms
    return jwt.decode(token, KEY, **kw)


def multi(token):
    # ok: py-jwt-decode-without-algorithms
    return jwt.decode(
        token,
        KEY,
        algorithms=[os.environ.get("JWT_ALG", "HS256")],
    )
