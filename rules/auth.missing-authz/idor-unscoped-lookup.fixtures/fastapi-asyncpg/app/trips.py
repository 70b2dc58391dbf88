from uuid import UUID

import asyncpg
from fastapi import APIRouter, Depends, HTTPException

from app.deps import CurrentUser, get_conn, get_current_user, require_trip_role

router = APIRouter(prefix="/trips")


@router.get("/{trip_id}")
async def get_trip(trip_id: UUID, user: CurrentUser = Depends(get_current_user), conn: asyncpg.Connection = Depends(get_conn)):
    # ruleid: idor-unscoped-lookup
    trip = await conn.fetchrow("SELECT * FROM trips WHERE id = $1", trip_id)
    if trip is None:
        raise HTTPException(status_code=404, detail="Trip not found")
    return dict(trip)


@router.get("/{trip_id}/summary")
async def trip_summary(trip_id: UUID, user: CurrentUser = Depends(get_current_user), conn: asyncpg.Connection = Depends(get_conn)):
    # ok: idor-unscoped-lookup (the owner is part of the query)
    trip = await conn.fetchrow("SELECT title FROM trips WHERE id = $1 AND owner_id = $2", trip_id, user.id)
    if trip is None:
        raise HTTPException(status_code=404, detail="Trip not found")
    return dict(trip)


@router.delete("/{trip_id}", status_code=204)
async def delete_trip(trip_id: UUID, user: CurrentUser = Depends(get_current_user), conn: asyncpg.Connection = Depends(get_conn)):
    await require_trip_role(conn, trip_id, user.id, "owner")
    # ok: idor-unscoped-lookup (require_trip_role checked the caller's role on this trip)
    await conn.execute("DELETE FROM trips WHERE id = $1", trip_id)


@router.post("/invites/{code}/accept")
async def accept_invite(code: str, user: CurrentUser = Depends(get_current_user), conn: asyncpg.Connection = Depends(get_conn)):
    invite = await conn.fetchrow("SELECT id, trip_id FROM trip_invites WHERE code = $1 AND expires_at > now()", code)
    if invite is None:
        raise HTTPException(status_code=404, detail="Invite is invalid or expired")
    # ok: idor-unscoped-lookup (the id bound is the invite row just loaded by its secret code)
    await conn.execute("UPDATE trip_invites SET accepted_by = $2 WHERE id = $1", invite["id"], user.id)
    return {"trip_id": str(invite["trip_id"])}
