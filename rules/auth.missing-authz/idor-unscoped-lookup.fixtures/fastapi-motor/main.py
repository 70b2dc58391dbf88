from bson import ObjectId
from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel

from .db import db
from .security import get_current_user

app = FastAPI()


class NameIn(BaseModel):
    name: str


@app.get("/notes/{note_id}")
async def get_note(note_id: str, user: dict = Depends(get_current_user)):
    # ok: idor-unscoped-lookup
    note = await db.notes.find_one({"_id": ObjectId(note_id), "owner_id": user["_id"]})
    if not note:
        raise HTTPException(status_code=404)
    return {"title": note["title"]}


@app.delete("/notes/{note_id}", status_code=204)
async def delete_note(note_id: str, user: dict = Depends(get_current_user)):
    # ruleid: idor-unscoped-lookup
    await db.notes.delete_one({"_id": ObjectId(note_id)})


@app.post("/notes/{note_id}/archive")
async def archive_note(note_id: str, user: dict = Depends(get_current_user)):
    # ruleid: idor-unscoped-lookup
    await db.notes.update_one({"_id": ObjectId(note_id)}, {"$set": {"archived": True}})
    return {"ok": True}


@app.patch("/users/me")
async def update_me(body: NameIn, user: dict = Depends(get_current_user)):
    # ok: idor-unscoped-lookup
    await db.users.update_one({"_id": user["_id"]}, {"$set": {"name": body.name}})
    return {"ok": True}
