from jose import jwt

from .config import settings


def issue(user_id: int) -> str:
    # ruleid: pyjwt-encode-without-expiry
    return jwt.encode({"sub": str(user_id)}, settings.SECRET_KEY, algorithm="HS256")
