import datetime as dt
from datetime import datetime, timedelta, timezone


def token_payload(user):
    # ruleid: py-datetime-utcnow-token-expiry
    expire = datetime.utcnow() + timedelta(minutes=15)
    # ruleid: py-datetime-utcnow-token-expiry
    return {"sub": user.id, "exp": expire, "iat": dt.datetime.utcnow()}


def ok_payload(user):
    # ok: py-datetime-utcnow-token-expiry
    expire = datetime.now(timezone.utc) + timedelta(minutes=15)
    # ok: py-datetime-utcnow-token-expiry
    created_at = datetime.utcnow()
    return {"sub": user.id, "exp": expire, "created": created_at}


def token_expiry():
    # ruleid: py-datetime-utcnow-token-expiry
    return datetime.utcnow() + timedelta(days=1)
