# fixture-path: app/routers/workspaces.py
from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import select

from ..deps import get_db, get_workspace_member, require_role
from ..models import Membership
from ..schemas import RoleUpdate, ProfileUpdate

router = APIRouter()


@router.patch("/{workspace_id}/members/{membership_id}")
async def update_member_role(workspace_id: int, membership_id: int, body: RoleUpdate, member: Membership = Depends(get_workspace_member), db=Depends(get_db)):
    target = await db.scalar(select(Membership).where(Membership.id == membership_id, Membership.workspace_id == member.workspace_id))
    if target is None:
        raise HTTPException(status_code=404)
    # ruleid: member-role-change-without-role-check
    target.role = body.role
    await db.commit()
    return target


@router.put("/{workspace_id}/members/{membership_id}")
async def set_member_role(workspace_id: int, membership_id: int, body: RoleUpdate, member: Membership = Depends(get_workspace_member), db=Depends(get_db)):
    if member.role not in ("owner", "admin"):
        raise HTTPException(status_code=403)
    target = await db.get(Membership, membership_id)
    # ok: member-role-change-without-role-check (the caller's role is checked)
    target.role = body.role
    await db.commit()
    return target


@router.post("/{workspace_id}/members/{membership_id}/role")
async def change_role(workspace_id: int, membership_id: int, body: RoleUpdate, admin: Membership = Depends(require_role("admin")), db=Depends(get_db)):
    target = await db.get(Membership, membership_id)
    # ok: member-role-change-without-role-check (role guard dependency)
    target.role = body.role
    await db.commit()
    return target


@router.patch("/me")
async def update_me(body: ProfileUpdate, member: Membership = Depends(get_workspace_member), db=Depends(get_db)):
    # ok: member-role-change-without-role-check (not a role)
    member.user.display_name = body.display_name
    await db.commit()
    return member
