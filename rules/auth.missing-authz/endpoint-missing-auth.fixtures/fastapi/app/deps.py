import jwt
from fastapi import Depends, HTTPException
from fastapi.security import HTTPBearer

bearer = HTTPBearer()


def get_current_user(creds=Depends(bearer)):
    try:
        return jwt.decode(creds.credentials, "k", algorithms=["HS256"])
    except jwt.PyJWTError:
        raise HTTPException(status_code=401)
