# A file that does not import PyJWT or python-jose: authlib's jwt.encode has another signature.
from authlib.jose import jwt


def issue(user_id, key):
    header = {"alg": "RS256"}
    # ok: pyjwt-encode-without-expiry
    return jwt.encode(header, {"sub": user_id}, key)
