from dataclasses import dataclass

from fastapi import Depends, Header, HTTPException
from firebase_admin import auth as fb_auth


@dataclass
class CurrentUser:
    id: str
    role: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


async def get_current_user(authorization: str = Header(...)) -> CurrentUser:
    try:
        claims = fb_auth.verify_id_token(authorization.removeprefix("Bearer "))
    except Exception:
        raise HTTPException(status_code=401, detail="Unauthorized")
    return CurrentUser(id=claims["uid"], role=claims.get("role", "user"))


async def require_admin(user: CurrentUser = Depends(get_current_user)) -> CurrentUser:
    if not user.is_admin:
        raise HTTPException(status_code=403, detail="Admin access required")
    return user
