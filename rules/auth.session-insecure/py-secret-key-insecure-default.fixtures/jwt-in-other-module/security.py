from datetime import datetime, timedelta, timezone

from jose import jwt

from .config import settings


def create_access_token(sub: str) -> str:
    exp = datetime.now(timezone.utc) + timedelta(minutes=30)
    return jwt.encode(
        {"sub": sub, "exp": exp},
        settings.secret_key,
        algorithm="HS256",
    )
