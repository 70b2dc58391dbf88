from fastapi import APIRouter, Request
from pydantic import BaseModel

from .database import db

router = APIRouter()


class Login(BaseModel):
    email: str
    password: str


@router.post("/login")
async def login(request: Request):
    data = await request.json()
    # ruleid: pymongo-query-from-request-data
    user = await db.users.find_one({"email": data["email"]})
    return {"found": bool(user)}


@router.post("/search")
async def search(request: Request):
    filters = await request.json()
    # ruleid: pymongo-query-from-request-data (the whole body is the filter)
    return [n async for n in db.notes.find(filters)]


@router.post("/login-typed")
async def login_typed(body: Login):
    # ok: pymongo-query-from-request-data (pydantic has made the email a string)
    user = await db.users.find_one({"email": body.email})
    return {"found": bool(user)}


@router.post("/search-typed")
async def search_typed(request: Request):
    data = await request.json()
    # ok: pymongo-query-from-request-data (forced to a string)
    return [n async for n in db.notes.find({"title": str(data.get("title", ""))})]
