from bson import ObjectId
from fastapi import APIRouter, Depends, FastAPI, HTTPException

from .db import db
from .security import get_current_user

app = FastAPI()
router = APIRouter()


async def require_admin(user: dict = Depends(get_current_user)) -> dict:
    if user.get("role") != "admin":
        raise HTTPException(status_code=403)
    return user


# ruleid: admin-route-missing-role-check
@router.post("/users/{user_id}/promote")
async def promote(user_id: str, user: dict = Depends(get_current_user)):
    await db.users.update_one({"_id": ObjectId(user_id)}, {"$set": {"role": "admin"}})
    return {"ok": True}


# ok: admin-route-missing-role-check
@router.post("/users/{user_id}/ban")
async def ban(user_id: str, admin: dict = Depends(require_admin)):
    await db.users.update_one({"_id": ObjectId(user_id)}, {"$set": {"banned": True}})
    return {"ok": True}


app.include_router(router, prefix="/admin")
