# fixture-path: app/routers/chat.py
from typing import Literal

from fastapi import APIRouter, Depends
from openai import AsyncOpenAI
from pydantic import BaseModel, Field

from ..auth import get_current_user

router = APIRouter()
client = AsyncOpenAI()


class ChatBody(BaseModel):
    message: str = Field(max_length=4000)
    model: Literal["gpt-4o-mini", "gpt-4o"] = "gpt-4o-mini"


@router.post("/chat")
async def chat(body: ChatBody, user=Depends(get_current_user)):
    # ok: py-llm-model-chosen-by-client
    completion = await client.chat.completions.create(model=body.model, max_tokens=512, messages=[{"role": "user", "content": body.message}])
    return {"reply": completion.choices[0].message.content}
