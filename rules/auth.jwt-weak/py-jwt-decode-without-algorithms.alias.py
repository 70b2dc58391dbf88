import os

import jwt as pyjwt

SECRET_KEY = os.environ["JWT_SECRET"]


def decode_share_token(token: str) -> dict:
    # ruleid: py-jwt-decode-without-algorithms
    return pyjwt.decode(token, SECRET_KEY)


def decode_checked(token: str) -> dict:
    # ok: py-jwt-decode-without-algorithms
    return pyjwt.decode(token, SECRET_KEY, algorithms=["HS256"])
