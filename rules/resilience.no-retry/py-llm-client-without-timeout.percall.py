import os

from fastapi import FastAPI
from openai import OpenAI

app = FastAPI()
# ok: py-llm-client-without-timeout
client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])


@app.post("/ask")
def ask(question: str):
    reply = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": question}],
        timeout=30,
    )
    return {"answer": reply.choices[0].message.content}
