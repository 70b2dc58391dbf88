import asyncpg
from fastapi import Header, HTTPException
from firebase_admin import auth as fb_auth


class CurrentUser:
    def __init__(self, uid: str):
        self.id = uid


async def get_current_user(authorization: str = Header(...)) -> CurrentUser:
    try:
        claims = fb_auth.verify_id_token(authorization.removeprefix("Bearer "))
    except Exception:
        raise HTTPException(status_code=401, detail="Unauthorized")
    return CurrentUser(claims["uid"])


pool: asyncpg.Pool | None = None


async def get_conn():
    async with pool.acquire() as conn:
        yield conn


async def require_trip_role(conn, trip_id, user_id, role):
    row = await conn.fetchrow("SELECT role FROM trip_members WHERE trip_id = $1 AND user_id = $2", trip_id, user_id)
    if row is None or row["role"] != role:
        raise HTTPException(status_code=403, detail="Forbidden")
