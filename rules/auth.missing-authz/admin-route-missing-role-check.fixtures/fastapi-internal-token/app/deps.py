import hmac

from fastapi import Header, HTTPException

from .config import settings
from .security import decode_token


def get_current_user(authorization: str = Header(...)):
    user = decode_token(authorization.removeprefix("Bearer "))
    if user is None:
        raise HTTPException(status_code=401)
    return user


def verify_internal_token(x_internal_token: str = Header(...)) -> None:
    expected = settings.INTERNAL_SERVICE_TOKEN
    if not expected or not hmac.compare_digest(x_internal_token.encode(), expected.encode()):
        raise HTTPException(status_code=403, detail="Forbidden")
