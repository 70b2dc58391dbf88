# fixture-path: app/routers/chat.py
from fastapi import APIRouter

from ..schemas import ChatRequest
from ..services import llm

router = APIRouter()
SYSTEM_PROMPT = "Answer only from the workspace documents."


@router.post("/chat")
async def chat(body: ChatRequest):
    messages = [{"role": "system", "content": SYSTEM_PROMPT}]
    # ruleid: llm-client-history-overrides-system-prompt
    messages.extend(m.model_dump() for m in body.messages)
    return await llm.chat_completion(messages)


@router.post("/chat/v2")
async def chat_v2(body: ChatRequest):
    # ruleid: llm-client-history-overrides-system-prompt
    messages = [{"role": "system", "content": SYSTEM_PROMPT}, *body.messages]
    return await llm.chat_completion(messages)


@router.post("/chat/v3")
async def chat_v3(body: ChatRequest):
    messages = [{"role": "system", "content": SYSTEM_PROMPT}]
    # ok: llm-client-history-overrides-system-prompt (every client turn becomes a user turn)
    messages.extend({"role": "user", "content": m.content} for m in body.messages)
    return await llm.chat_completion(messages)


@router.post("/complete")
async def complete(body: ChatRequest):
    # ok: llm-client-history-overrides-system-prompt (no server system prompt to override)
    return await llm.chat_completion(list(body.messages))
