from fastapi import APIRouter, Depends

from models import Conversation
from users import current_active_user, current_superuser, optional_user

router = APIRouter(prefix="/conversations")


# fastapi-users' current_user() raises 401 without a valid token.
# ok: endpoint-missing-auth
@router.get("")
async def list_conversations(user=Depends(current_active_user)):
    return await Conversation.find(Conversation.owner_id == user.id).to_list()


# ok: endpoint-missing-auth
@router.delete("/all")
async def purge(user=Depends(current_superuser)):
    await Conversation.delete_all()
    return {"ok": True}


# optional=True lets anonymous callers through, and the handler never checks.
# ruleid: endpoint-missing-auth
@router.get("/recent")
async def recent(user=Depends(optional_user)):
    return await Conversation.find_all().sort("-created_at").limit(50).to_list()
