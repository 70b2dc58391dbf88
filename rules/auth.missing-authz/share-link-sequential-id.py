import secrets

from fastapi import Depends, FastAPI, HTTPException
from motor.motor_asyncio import AsyncIOMotorClient

app = FastAPI()
db = AsyncIOMotorClient("mongodb://localhost:27017")["app"]


@app.post("/entries/{entry_id}/share")
async def create_share_link(entry_id: str, user=Depends(get_current_user)):
    # ruleid: share-link-sequential-id
    share_id = await db.shares.count_documents({}) + 1
    await db.shares.insert_one({"share_id": share_id, "entry_id": entry_id})
    return {"url": f"/s/{share_id}"}


@app.post("/entries/{entry_id}/share-v2")
async def create_share_link_v2(entry_id: str, user=Depends(get_current_user)):
    # ok: share-link-sequential-id
    share_id = secrets.token_urlsafe(16)
    await db.shares.insert_one({"share_id": share_id, "entry_id": entry_id})
    return {"url": f"/s/{share_id}"}


@app.post("/entries/{entry_id}/share-v3")
async def create_share_link_v3(entry_id: str, user=Depends(get_current_user)):
    # ok: share-link-sequential-id
    share_number = await db.shares.count_documents({"owner": user["id"]}) + 1
    token = secrets.token_urlsafe(16)
    await db.shares.insert_one({"token": token, "n": share_number, "entry_id": entry_id})
    return {"url": f"/s/{token}"}


@app.post("/entries/{entry_id}/view")
async def count_views(entry_id: str):
    # ok: share-link-sequential-id
    public_views = await db.views.count_documents({"entry_id": entry_id})
    return {"views": public_views}


@app.get("/s/{share_id}")
async def view_shared(share_id: int):
    share = await db.shares.find_one({"share_id": share_id})
    if not share:
        raise HTTPException(status_code=404)
    return await db.entries.find_one({"_id": share["entry_id"]}, {"_id": 0})


@app.post("/invite/{invite_id}/accept")
async def accept_invite(invite_id: str):
    # ok: share-link-sequential-id
    invite_count = len(await db.invites.find({}).to_list(None)) + 1
    # ruleid: share-link-sequential-id
    public_id = (max([d["public_id"] async for d in db.pages.find({})], default=0)) + 1
    return {"n": invite_count, "url": f"/p/{public_id}"}
