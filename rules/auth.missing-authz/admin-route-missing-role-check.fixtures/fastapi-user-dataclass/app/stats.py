from fastapi import APIRouter, Depends

from app.db import database
from app.dependencies import CurrentUser, get_current_user, require_admin

router = APIRouter()


# Building CurrentUser (whose class defines is_admin) is not checking it.
# ruleid: admin-route-missing-role-check
@router.get("/admin/stats")
async def admin_stats(user: CurrentUser = Depends(get_current_user)):
    return await database.fetch_all("SELECT email, plan FROM users")


# ok: admin-route-missing-role-check
@router.get("/admin/revenue")
async def admin_revenue(user: CurrentUser = Depends(require_admin)):
    return await database.fetch_all("SELECT sum(amount) FROM payments")
