from typing import Any, Dict

from fastapi import APIRouter, Body, Depends
from pydantic import BaseModel

from auth import get_current_user
from db import settings_collection

router = APIRouter()
EDITABLE = {"display_name", "bio"}


class ProfileUpdate(BaseModel):
    display_name: str | None = None
    bio: str | None = None


@router.patch("/me/profile")
async def update_profile(changes: dict = Body(...), user=Depends(get_current_user)):
    # ruleid: fastapi-dict-body-written-to-document
    await user.set(changes)
    return {"id": str(user.id), "display_name": user.display_name}


@router.patch("/me/settings")
async def update_settings(prefs: Dict[str, Any], user=Depends(get_current_user)):
    # ruleid: fastapi-dict-body-written-to-document
    await settings_collection.update_one({"user_id": user.id}, {"$set": prefs})
    return {"ok": True}


@router.patch("/me/profile/v2")
async def update_profile_v2(body: ProfileUpdate, user=Depends(get_current_user)):
    values = body.model_dump(exclude_unset=True)
    # ok: fastapi-dict-body-written-to-document
    await user.set(values)
    return {"ok": True}


@router.patch("/me/profile/v3")
async def update_profile_v3(patch: dict = Body(...), user=Depends(get_current_user)):
    patch = {k: v for k, v in patch.items() if k in EDITABLE}
    # ok: fastapi-dict-body-written-to-document
    await user.set(patch)
    return {"ok": True}
