from fastapi import APIRouter, Depends, FastAPI, HTTPException
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from .auth import get_current_user, require_admin
from .db import get_db
from .models import User

app = FastAPI()
router = APIRouter(prefix="/admin")


class AdminUserUpdate(BaseModel):
    is_active: bool | None = None
    is_admin: bool | None = None


# Tests the request's flag, never the caller's: any account can make itself an admin.
# ruleid: admin-route-missing-role-check (critical: writes is_admin from the request)
@router.patch("/users/{user_id}")
async def update_user(user_id: int, payload: AdminUserUpdate, current_user: User = Depends(get_current_user), db: AsyncSession = Depends(get_db)):
    user = await db.get(User, user_id)
    if user is None:
        raise HTTPException(status_code=404)
    if payload.is_admin is not None:
        user.is_admin = payload.is_admin
    await db.commit()
    return {"id": user.id, "is_admin": user.is_admin}


# The caller's own flag is checked before anything changes.
# ok: admin-route-missing-role-check
@router.patch("/users/{user_id}/active")
async def set_active(user_id: int, payload: AdminUserUpdate, current_user: User = Depends(get_current_user), db: AsyncSession = Depends(get_db)):
    if not current_user.is_admin:
        raise HTTPException(status_code=403)
    user = await db.get(User, user_id)
    user.is_active = bool(payload.is_active)
    await db.commit()
    return {"id": user.id}


# ok: admin-route-missing-role-check
@router.delete("/users/{user_id}")
async def delete_user(user_id: int, admin: User = Depends(require_admin), db: AsyncSession = Depends(get_db)):
    await db.delete(await db.get(User, user_id))
    await db.commit()


app.include_router(router)
