from typing import Any

from fastapi import APIRouter, Body, Depends
from motor.motor_asyncio import AsyncIOMotorClient

router = APIRouter(prefix="/users")
db = AsyncIOMotorClient("mongodb://localhost:27017")["app"]


@router.post("/lookup")
async def lookup_users(
    criteria: dict[str, Any] = Body(...),
    current=Depends(get_current_user),
):
    """Find teammates to invite (by e-mail or name)."""
    # ruleid: pymongo-query-from-request-data
    cursor = db.users.find(criteria, {"password_hash": 0}).limit(20)
    return [{"id": str(d["_id"]), "email": d["email"]} async for d in cursor]


@router.post("/count")
async def count_users(where: dict):
    # ruleid: pymongo-query-from-request-data
    return {"n": await db.users.count_documents(where)}


@router.get("/mine")
async def my_items(filters: dict = Depends(build_filters), current=Depends(get_current_user)):
    # ok: pymongo-query-from-request-data
    return await db.items.find(filters).to_list(50)


@router.patch("/me")
async def update_me(changes: dict[str, Any] = Body(...), current=Depends(get_current_user)):
    query = {"_id": current["sub"]}
    # ok: pymongo-query-from-request-data
    await db.users.update_one(query, {"$set": {"name": str(changes.get("name", ""))}})
    return {"ok": True}


async def find_matching(spec: dict):
    # ok: pymongo-query-from-request-data
    return await db.users.find_one(spec)
