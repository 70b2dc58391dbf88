import os

import anthropic
import httpx
from fastapi import FastAPI
from openai import AsyncOpenAI, OpenAI

app = FastAPI()

# ruleid: py-llm-client-without-timeout
client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
# ok: py-llm-client-without-timeout
bounded = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"], timeout=httpx.Timeout(30.0, connect=5.0))


def claude():
    # ruleid: py-llm-client-without-timeout
    return anthropic.Anthropic(
        api_key=os.getenv("ANTHROPIC_API_KEY"),
    )


def routed(base_url):
    # ok: py-llm-client-without-timeout
    return OpenAI(base_url=base_url, api_key=os.getenv("ROUTER_KEY"), timeout=45, max_retries=2)


def for_tenant(key) -> OpenAI:
    # ok: py-llm-client-without-timeout
    return OpenAI(**{"api_key": key, "timeout": 20})


@app.post("/summarise")
def summarise(text: str):
    reply = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": text}])
    return {"summary": reply.choices[0].message.content}
