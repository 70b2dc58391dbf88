from typing import Optional

from bson import ObjectId
from fastapi import Depends, FastAPI
from motor.motor_asyncio import AsyncIOMotorClient
from pydantic import BaseModel

from .security import get_current_user

app = FastAPI()
db = AsyncIOMotorClient("mongodb://localhost:27017")["app"]


class EntryUpdate(BaseModel):
    title: Optional[str] = None
    content: Optional[str] = None
    # ruleid: pydantic-update-schema-owner-field
    user_id: Optional[str] = None


class EntryCreate(BaseModel):
    title: str
    # ok: pydantic-update-schema-owner-field
    user_id: str


@app.patch("/entries/{entry_id}")
async def update_entry(entry_id: str, body: EntryUpdate, user=Depends(get_current_user)):
    changes = body.model_dump(exclude_unset=True)
    await db.entries.update_one({"_id": ObjectId(entry_id), "user_id": user["id"]}, {"$set": changes})
    return {"ok": True}
