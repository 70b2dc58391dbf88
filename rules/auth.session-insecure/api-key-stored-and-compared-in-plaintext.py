# fixture-path: app/deps.py
import hashlib
import hmac

from fastapi import Depends, Header, HTTPException
from sqlalchemy import select

from .models import ApiKey, Preference


async def get_api_key_workspace(x_api_key: str = Header(...), db=Depends(get_db)):
    prefix, secret = x_api_key.split(".", 1)
    api_key = await db.scalar(select(ApiKey).where(ApiKey.prefix == prefix))
    # ruleid: api-key-stored-and-compared-in-plaintext
    if api_key is not None and api_key.secret == secret:
        return api_key.workspace_id
    raise HTTPException(status_code=401)


async def get_api_key_workspace_hashed(x_api_key: str = Header(...), db=Depends(get_db)):
    prefix, secret = x_api_key.split(".", 1)
    api_key = await db.scalar(select(ApiKey).where(ApiKey.prefix == prefix))
    # ok: api-key-stored-and-compared-in-plaintext (hashes, constant time)
    if api_key is not None and hmac.compare_digest(api_key.secret_hash, hashlib.sha256(secret.encode()).hexdigest()):
        return api_key.workspace_id
    raise HTTPException(status_code=401)


def theme_of(record):
    # ok: api-key-stored-and-compared-in-plaintext (not a key check)
    return record.value == "dark"
