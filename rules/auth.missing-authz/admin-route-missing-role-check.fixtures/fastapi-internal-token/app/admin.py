from fastapi import APIRouter, Depends

from .db import get_db
from .deps import get_current_user, verify_internal_token
from .models import Message, User

router = APIRouter(prefix="/admin")


# ok: admin-route-missing-role-check (a cron job's shared secret: no user, no role)
@router.post("/internal/usage-sync", dependencies=[Depends(verify_internal_token)])
async def usage_sync(db=Depends(get_db)):
    return {"messages": await db.scalar(Message.count())}


# ruleid: admin-route-missing-role-check
@router.get("/users")
async def list_users(user=Depends(get_current_user), db=Depends(get_db)):
    return (await db.execute(User.select())).scalars().all()
