import os

import jwt

# ruleid: py-jwt-hardcoded-signing-key
JWT_SECRET = "s3cr3t-for-jwt-tokens"
# ruleid: py-jwt-hardcoded-signing-key
JWT_SECRET_KEY: str = "changeme"
# ok: py-jwt-hardcoded-signing-key
JWT_SECRET_FROM_ENV = os.environ["JWT_SECRET"]
# ok: py-jwt-hardcoded-signing-key
JWT_ALGORITHM = "HS256"
# ok: py-jwt-hardcoded-signing-key
JWT_SECRET_NAME = os.getenv("JWT_SECRET_NAME")


def issue(user):
    # ruleid: py-jwt-hardcoded-signing-key
    return jwt.encode({"sub": user.id}, "secret", algorithm="HS256")


def issue_kw(user):
    # ruleid: py-jwt-hardcoded-signing-key
    return jwt.encode({"sub": user.id, "roles": ["a", "b"]}, key="my-super-secret", algorithm="HS256")


def read(token):
    # ruleid: py-jwt-hardcoded-signing-key
    return jwt.decode(token, "changeme", algorithms=["HS256"])


def read_ok(token):
    # ok: py-jwt-hardcoded-signing-key
    return jwt.decode(token, os.environ["JWT_SECRET"], algorithms=["HS256"])


def issue_ok(user):
    # ok: py-jwt-hardcoded-signing-key
    return jwt.encode({"sub": user.id, "name": "alice"}, JWT_SECRET_FROM_ENV, algorithm="HS256")


SIMPLE_JWT = {
    # ruleid: py-jwt-hardcoded-signing-key
    "SIGNING_KEY": "django-jwt-signing-key-1234",
    # ok: py-jwt-hardcoded-signing-key
    "ALGORITHM": "HS256",
}

SIMPLE_JWT_OK = {
    # ok: py-jwt-hardcoded-signing-key
    "SIGNING_KEY": os.environ["JWT_SIGNING_KEY"],
}
