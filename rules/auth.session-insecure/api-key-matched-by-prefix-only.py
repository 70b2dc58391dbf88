import hashlib
import hmac

from fastapi import Header, HTTPException

from app.models import ApiKey, db


def key_owner(x_api_key: str = Header(...)):
    # ruleid: api-key-matched-by-prefix-only
    row = db.query(ApiKey).filter(ApiKey.prefix == x_api_key[:10]).first()
    if row is None:
        raise HTTPException(status_code=401)
    return row.owner_id


def key_owner_checked(x_api_key: str = Header(...)):
    # ok: api-key-matched-by-prefix-only (the digest of the full key is compared in constant time)
    row = db.query(ApiKey).filter(ApiKey.prefix == x_api_key[:10]).first()
    digest = hashlib.sha256(x_api_key.encode()).hexdigest()
    if row is None or not hmac.compare_digest(digest, row.key_hash):
        raise HTTPException(status_code=401)
    return row.owner_id
