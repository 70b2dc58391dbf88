from typing import Any, Literal

from fastapi import Depends, FastAPI
from flask import request as flask_request
from motor.motor_asyncio import AsyncIOMotorClient
from pydantic import BaseModel

from .security import get_current_user

app = FastAPI()
db = AsyncIOMotorClient("mongodb://localhost:27017")["app"]


class EntryQuery(BaseModel):
    filters: dict[str, Any] = {}


class TypedQuery(BaseModel):
    tag: str | None = None
    mood: Literal["good", "bad"] | None = None


@app.post("/entries/query")
async def query_entries(body: EntryQuery, user=Depends(get_current_user)):
    query = {"user_id": user["id"]}
    # ruleid: pymongo-filter-merges-request-dict
    query.update(body.filters)
    return [d async for d in db.entries.find(query)]


@app.post("/entries/query2")
async def query_entries2(body: EntryQuery, user=Depends(get_current_user)):
    # ruleid: pymongo-filter-merges-request-dict
    return [d async for d in db.entries.find({"user_id": user["id"], **body.filters})]


@app.post("/entries/typed")
async def query_typed(body: TypedQuery, user=Depends(get_current_user)):
    query = {"user_id": user["id"]}
    # ok: pymongo-filter-merges-request-dict
    query.update(body.model_dump(exclude_none=True))
    return [d async for d in db.entries.find(query)]


@app.post("/entries/allowed")
async def query_allowed(body: EntryQuery, user=Depends(get_current_user)):
    query = {"user_id": user["id"]}
    clean = {k: v for k, v in body.filters.items() if k in ALLOWED_FILTERS and isinstance(v, str)}
    # ok: pymongo-filter-merges-request-dict
    query.update(clean)
    return [d async for d in db.entries.find(query)]


@app.post("/entries/new")
async def create_entry(body: TypedQuery, user=Depends(get_current_user)):
    # ok: pymongo-filter-merges-request-dict
    doc = {**body.model_dump(), "user_id": user["id"]}
    await db.entries.insert_one(doc)
    return {"ok": True}


def search_flask():
    data = flask_request.get_json()
    filters = {"owner": g.uid}
    # ruleid: pymongo-filter-merges-request-dict
    filters.update(data["filters"])
    return list(sync_db.items.find(filters))


def search_args():
    query = {"owner": g.uid}
    # ruleid: pymongo-filter-merges-request-dict
    query.update(request.args.to_dict())
    return list(sync_db.items.find(query))


def search_checked():
    data = flask_request.get_json()
    filters = {"owner": g.uid}
    for key, value in data["filters"].items():
        if key.startswith("$") or not isinstance(value, str):
            abort(400)
    # ok: pymongo-filter-merges-request-dict
    filters.update(data["filters"])
    return list(sync_db.items.find(filters))
