import os
from datetime import datetime, timedelta, timezone

import jwt

# ruleid: py-jwt-access-token-lifetime-too-long
ACCESS_TOKEN_EXPIRE_MINUTES = 60 * 24 * 30
# ruleid: py-jwt-access-token-lifetime-too-long
ACCESS_TOKEN_EXPIRE_MINUTES: int = 43200
# ruleid: py-jwt-access-token-lifetime-too-long
JWT_EXPIRATION_DAYS = 30
# ruleid: py-jwt-access-token-lifetime-too-long
ACCESS_TOKEN_EXPIRE_MINUTES = int(os.getenv("ACCESS_TOKEN_EXPIRE_MINUTES", "20160"))
# ok: py-jwt-access-token-lifetime-too-long
ACCESS_TOKEN_EXPIRE_MINUTES = 30
# ok: py-jwt-access-token-lifetime-too-long
ACCESS_TOKEN_EXPIRE_MINUTES = 60 * 24 * 7
# ok: py-jwt-access-token-lifetime-too-long
REFRESH_TOKEN_EXPIRE_DAYS = 30
# ok: py-jwt-access-token-lifetime-too-long
ACCESS_TOKEN_EXPIRE_MINUTES = int(os.getenv("ACCESS_TOKEN_EXPIRE_MINUTES", "15"))


def make_token(user):
    payload = {
        "sub": str(user.id),
        # ruleid: py-jwt-access-token-lifetime-too-long
        "exp": datetime.now(timezone.utc) + timedelta(days=30),
    }
    return jwt.encode(payload, os.environ["JWT_SECRET"], algorithm="HS256")


def make_token2(user):
    # ruleid: py-jwt-access-token-lifetime-too-long
    expire = datetime.utcnow() + timedelta(weeks=4)
    # ok: py-jwt-access-token-lifetime-too-long
    short = datetime.utcnow() + timedelta(minutes=15)
    # ok: py-jwt-access-token-lifetime-too-long
    week = datetime.utcnow() + timedelta(days=7)
    # ok: py-jwt-access-token-lifetime-too-long
    refresh_expire = datetime.utcnow() + timedelta(days=30)
    return expire, short, week, refresh_expire


# ruleid: py-jwt-access-token-lifetime-too-long
JWT_ACCESS_TOKEN_EXPIRES = timedelta(days=365)
# ok: py-jwt-access-token-lifetime-too-long
JWT_REFRESH_TOKEN_EXPIRES = timedelta(days=30)
# ok: py-jwt-access-token-lifetime-too-long
PERMANENT_SESSION_LIFETIME = timedelta(days=31)
# ok: py-jwt-access-token-lifetime-too-long
retention = timedelta(days=90)

SIMPLE_JWT = {
    # ruleid: py-jwt-access-token-lifetime-too-long
    "ACCESS_TOKEN_LIFETIME": timedelta(days=30),
    # ok: py-jwt-access-token-lifetime-too-long
    "REFRESH_TOKEN_LIFETIME": timedelta(days=30),
}


def token_expiry():
    # ruleid: py-jwt-access-token-lifetime-too-long
    return datetime.utcnow() + timedelta(days=30)


def cleanup_cutoff():
    # ok: py-jwt-access-token-lifetime-too-long
    return datetime.utcnow() - timedelta(days=30)


def create_access_token(sub: str) -> str:
    # ok: py-jwt-access-token-lifetime-too-long
    exp = datetime.now(timezone.utc) + timedelta(minutes=15)
    return jwt.encode({"sub": sub, "type": "access", "exp": exp}, SECRET, algorithm="HS256")


def create_refresh_token(user_id: str) -> str:
    # ok: py-jwt-access-token-lifetime-too-long
    expire = datetime.now(timezone.utc) + timedelta(days=14)
    to_encode = {"sub": user_id, "type": "refresh"}
    to_encode.update({"exp": expire})
    return jwt.encode(to_encode, SECRET, algorithm="HS256")


def rotate(user_id: str) -> str:
    # ok: py-jwt-access-token-lifetime-too-long
    expire = datetime.now(timezone.utc) + timedelta(days=30)
    claims = {"sub": user_id, "jti": new_id(), "token_type": "refresh", "exp": expire}
    return jwt.encode(claims, SECRET, algorithm="HS256")


def create_tokens(user_id: str):
    # ruleid: py-jwt-access-token-lifetime-too-long
    expire = datetime.now(timezone.utc) + timedelta(days=30)
    access = jwt.encode({"sub": user_id, "exp": expire}, SECRET, algorithm="HS256")
    return access


def refresh_access_token(user_id: str):
    # ruleid: py-jwt-access-token-lifetime-too-long
    expire = datetime.now(timezone.utc) + timedelta(days=30)
    return jwt.encode({"sub": user_id, "type": "access", "exp": expire}, SECRET, algorithm="HS256")


def generate_refresh_token(user_id: str) -> str:
    # ok: py-jwt-access-token-lifetime-too-long
    exp = datetime.now(timezone.utc) + timedelta(days=30)
    return jwt.encode({"sub": user_id, "exp": exp}, SECRET, algorithm="HS256")
