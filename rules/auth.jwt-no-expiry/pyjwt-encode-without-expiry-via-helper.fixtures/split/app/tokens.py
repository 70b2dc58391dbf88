import jwt

from .config import settings


def encode_token(data):
    # ruleid: pyjwt-encode-without-expiry-via-helper
    return jwt.encode(data, settings.SECRET_KEY, algorithm="HS256")
