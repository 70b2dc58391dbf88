from fastapi import APIRouter, Depends

from .db import get_db
from .deps import get_api_key_workspace, get_client_hint
from .models import Conversation

router = APIRouter()


# ok: endpoint-missing-auth (the workspace's API key is looked up and refused with a 401)
@router.post("/v1/chat")
async def api_chat(body: dict, workspace=Depends(get_api_key_workspace), db=Depends(get_db)):
    db.add(Conversation(workspace_id=workspace.id, title=str(body.get("title"))))
    await db.commit()
    return {"ok": True}


# ruleid: endpoint-missing-auth (the header is read but never checked)
@router.post("/v1/notes")
async def api_notes(body: dict, hint: str = Depends(get_client_hint), db=Depends(get_db)):
    db.add(Conversation(workspace_id=int(body["workspace_id"]), title=hint))
    await db.commit()
    return {"ok": True}
