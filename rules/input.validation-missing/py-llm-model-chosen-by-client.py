import os
from typing import Literal, Optional

from fastapi import APIRouter, Depends, FastAPI
from openai import AsyncOpenAI, OpenAI
from anthropic import Anthropic
from pydantic import BaseModel

from .auth import get_current_user
from .config import Settings, get_settings

app = FastAPI()
router = APIRouter()
client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
aclient = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])
claude = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
OPENAI_MODEL = os.environ.get("OPENAI_MODEL", "gpt-4o-mini")
SYSTEM_PROMPT = "You are NotesAI. Answer questions about the user's notes only."
MODELS = {"fast": "gpt-4o-mini", "smart": "gpt-4o"}


class ChatRequest(BaseModel):
    message: str
    model: str = "gpt-4o-mini"
    max_tokens: int = 1024
    system_prompt: Optional[str] = None


class TierRequest(BaseModel):
    message: str
    tier: Literal["fast", "smart"] = "fast"


@router.post("/chat")
async def chat(req: ChatRequest, user=Depends(get_current_user)):
    # ruleid: py-llm-model-chosen-by-client
    completion = await aclient.chat.completions.create(
        model=req.model,
        max_tokens=req.max_tokens,
        messages=[{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": req.message}],
    )
    return {"reply": completion.choices[0].message.content}


@router.post("/persona")
def persona(req: ChatRequest, user=Depends(get_current_user)):
    messages = [
        # ruleid: py-llm-model-chosen-by-client
        {"role": "system", "content": req.system_prompt},
        {"role": "user", "content": req.message},
    ]
    completion = client.chat.completions.create(model=OPENAI_MODEL, max_tokens=500, messages=messages)
    return {"reply": completion.choices[0].message.content}


@router.post("/claude")
def ask_claude(body: dict, user=Depends(get_current_user)):
    # ruleid: py-llm-model-chosen-by-client
    msg = claude.messages.create(model="claude-3-5-haiku-latest", max_tokens=body.get("max_tokens", 1024), messages=[{"role": "user", "content": str(body["prompt"])}])
    return {"reply": msg.content[0].text}


@router.post("/tiered")
async def tiered(req: TierRequest, user=Depends(get_current_user)):
    # ok: py-llm-model-chosen-by-client
    completion = await aclient.chat.completions.create(
        model=MODELS[req.tier],
        max_tokens=512,
        messages=[{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": req.message}],
    )
    return {"reply": completion.choices[0].message.content}


@router.post("/configured")
def configured(req: ChatRequest, settings: Settings = Depends(get_settings)):
    # ok: py-llm-model-chosen-by-client
    completion = client.chat.completions.create(model=settings.openai_model, max_tokens=512, messages=[{"role": "user", "content": req.message}])
    return {"reply": completion.choices[0].message.content}


@router.post("/summarize/{note_id}")
async def summarize(note_id: str, user=Depends(get_current_user)):
    # ok: py-llm-model-chosen-by-client
    completion = await aclient.chat.completions.create(
        model=OPENAI_MODEL,
        messages=[
            # ok: py-llm-model-chosen-by-client
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": note_id},
        ],
        max_tokens=300,
    )
    return {"summary": completion.choices[0].message.content}


def generate(prompt: str, model: str = OPENAI_MODEL) -> str:
    # A helper's parameter is not request input.
    # ok: py-llm-model-chosen-by-client
    completion = client.chat.completions.create(model=model, messages=[{"role": "user", "content": prompt}])
    return completion.choices[0].message.content


app.include_router(router, prefix="/api/ai")
