from fastapi import APIRouter, Depends

from ..db import db
from ..deps import current_user
from ..schemas import EntrySearch

router = APIRouter()


@router.post("/entries/search")
async def search_entries(body: EntrySearch, user=Depends(current_user)):
    query = {"user_id": user["id"]}
    # ok: pymongo-filter-merges-request-dict (filters is a typed model of plain fields)
    query.update(body.filters)
    return await db.entries.find(query).to_list(100)
