import os

import jwt

KEY = os.environ["JWT_SECRET"]


def read(token):
    # ruleid: py-jwt-none-algorithm
    return jwt.decode(token, KEY, algorithms=["HS256", "none"])


def issue(payload):
    # ruleid: py-jwt-none-algorithm
    return jwt.encode(payload, None, algorithm="none")


def read_ok(token):
    # ok: py-jwt-none-algorithm
    return jwt.decode(token, KEY, algorithms=["HS256"])


def mode(x):
    # ok: py-jwt-none-algorithm
    label = "none"
    return label
