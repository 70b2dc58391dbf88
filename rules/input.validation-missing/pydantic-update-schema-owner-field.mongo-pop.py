from typing import Optional

from bson import ObjectId
from fastapi import Depends, FastAPI
from motor.motor_asyncio import AsyncIOMotorClient
from pydantic import BaseModel

app = FastAPI()
db = AsyncIOMotorClient("mongodb://localhost:27017")["app"]


class NoteUpdate(BaseModel):
    text: Optional[str] = None
    # ok: pydantic-update-schema-owner-field
    owner_id: Optional[str] = None


@app.patch("/notes/{note_id}")
async def update_note(note_id: str, body: NoteUpdate, user=Depends(get_current_user)):
    changes = body.model_dump(exclude_unset=True)
    changes.pop("owner_id", None)
    await db.notes.update_one({"_id": ObjectId(note_id), "owner_id": user["id"]}, {"$set": changes})
    return {"ok": True}
