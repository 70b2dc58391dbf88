import json

from fastapi import APIRouter, HTTPException
from itsdangerous import BadSignature

from .tokens import serializer

router = APIRouter()


@router.post("/reset-password")
def reset_password(token: str, new_password: str):
    try:
        # ruleid: signed-token-loaded-without-max-age
        email = serializer.loads(token, salt="reset")
    except BadSignature:
        raise HTTPException(status_code=400)
    # ok: signed-token-loaded-without-max-age
    email = serializer.loads(token, salt="reset", max_age=900)
    # ok: signed-token-loaded-without-max-age
    data = json.loads(new_password)
    return {"email": email, "data": data}
