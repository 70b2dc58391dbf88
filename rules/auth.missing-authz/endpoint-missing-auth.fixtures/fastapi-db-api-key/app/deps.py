from fastapi import Depends, Header, HTTPException, status
from sqlalchemy import select

from .db import get_db
from .models import ApiKey, Workspace


async def get_current_user(authorization: str = Header(...)):
    if not authorization:
        raise HTTPException(status_code=401)
    return authorization


async def get_api_key_workspace(x_api_key: str = Header(...), db=Depends(get_db)) -> Workspace:
    api_key = await db.scalar(select(ApiKey).where(ApiKey.prefix == x_api_key[:8]))
    if api_key is None:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="Invalid API key")
    return await db.get(Workspace, api_key.workspace_id)


async def get_client_hint(x_api_key: str = Header(default="")) -> str:
    return x_api_key
