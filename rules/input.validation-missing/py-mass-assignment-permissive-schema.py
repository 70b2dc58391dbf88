from typing import Optional

from fastapi import APIRouter, Depends, HTTPException
from motor.motor_asyncio import AsyncIOMotorClient
from passlib.context import CryptContext
from pydantic import BaseModel, ConfigDict, EmailStr, Field

router = APIRouter(prefix="/auth")
db = AsyncIOMotorClient("mongodb://localhost:27017")["app"]
pwd = CryptContext(schemes=["bcrypt"])


class UserCreate(BaseModel):
    # allow extra profile fields (avatar, timezone, ...) without a schema change
    model_config = ConfigDict(extra="allow")

    email: EmailStr
    password: str = Field(min_length=8)
    full_name: Optional[str] = None


class ProfilePatch(BaseModel):
    full_name: Optional[str] = None
    timezone: Optional[str] = None

    class Config:
        extra = "allow"


class NoteIn(BaseModel):
    title: str
    body: str


class TeamIn(BaseModel, extra="allow"):
    name: str


@router.post("/register", status_code=201)
async def register(body: UserCreate):
    if await db.users.find_one({"email": body.email}):
        raise HTTPException(status_code=409, detail="Email already registered")
    # ruleid: py-mass-assignment-permissive-schema
    doc = body.model_dump()
    doc["password_hash"] = pwd.hash(doc.pop("password"))
    doc.setdefault("role", "member")
    res = await db.users.insert_one(doc)
    return {"id": str(res.inserted_id)}


@router.patch("/me")
async def update_me(changes: ProfilePatch, user=Depends(current_user_row)):
    # ruleid: py-mass-assignment-permissive-schema
    for field, value in changes.model_dump(exclude_unset=True).items():
        setattr(user, field, value)
    await session.commit()
    return {"ok": True}


@router.post("/teams")
async def create_team(team: TeamIn, user=Depends(current_user_row)):
    # ruleid: py-mass-assignment-permissive-schema
    res = await db.teams.insert_one(team.model_dump())
    return {"id": str(res.inserted_id)}


@router.post("/teams/safe")
async def create_team_safe(team: TeamIn, user=Depends(current_user_row)):
    # ok: py-mass-assignment-permissive-schema
    res = await db.teams.insert_one(team.model_dump(include={"name"}))
    return {"id": str(res.inserted_id)}


@router.post("/notes")
async def create_note(note: NoteIn, user=Depends(current_user_row)):
    # ok: py-mass-assignment-permissive-schema
    doc = note.model_dump()
    doc["owner_id"] = user["_id"]
    await db.notes.insert_one(doc)
    return {"ok": True}


@router.patch("/notes/{note_id}")
async def edit_note(note_id: str, patch: NoteIn, user=Depends(current_user_row)):
    row = await load_note(note_id, user)
    # ok: py-mass-assignment-permissive-schema
    for field, value in patch.model_dump(exclude_unset=True).items():
        setattr(row, field, value)
    return {"ok": True}


@router.patch("/me/filtered")
async def update_me_filtered(changes: ProfilePatch, user=Depends(current_user_row)):
    # ok: py-mass-assignment-permissive-schema
    for field, value in changes.model_dump(exclude_unset=True).items():
        if field in {"full_name", "timezone"}:
            setattr(user, field, value)
    return {"ok": True}
