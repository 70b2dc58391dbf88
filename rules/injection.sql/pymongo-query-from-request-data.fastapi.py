from typing import Any, Dict

from fastapi import Depends, FastAPI
from motor.motor_asyncio import AsyncIOMotorClient
from pydantic import BaseModel

app = FastAPI()
db = AsyncIOMotorClient(MONGO_URL).app


class ResetBody(BaseModel):
    code: str
    new_password: str


@app.post("/auth/reset-password")
async def reset_password(body: dict, db=Depends(get_db)):
    # ruleid: pymongo-query-from-request-data
    reset = await db.password_resets.find_one({"code": body["code"], "expires": {"$gt": now()}})
    return {"ok": bool(reset)}


@router.post("/auth/login")
async def login(
    db=Depends(get_db),
    payload: Dict[str, Any] = Body(...),
):
    # ruleid: pymongo-query-from-request-data
    user = await db.users.find_one({"email": payload.get("email")})
    return {"ok": bool(user)}


@app.post("/auth/reset-password-typed")
async def reset_password_typed(body: ResetBody):
    # ok: pymongo-query-from-request-data
    reset = await db.password_resets.find_one({"code": body.code})
    return {"ok": bool(reset)}


@app.post("/auth/reset-password-str")
async def reset_password_str(body: dict):
    # ok: pymongo-query-from-request-data
    reset = await db.password_resets.find_one({"code": str(body["code"])})
    return {"ok": bool(reset)}


async def find_by_code(data: dict):
    # ok: pymongo-query-from-request-data
    return await db.password_resets.find_one({"code": data["code"]})
