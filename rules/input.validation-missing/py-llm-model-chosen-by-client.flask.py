import os

from flask import Flask, jsonify, request
from openai import OpenAI

app = Flask(__name__)
client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
ALLOWED_MODELS = {"gpt-4o-mini", "gpt-4o"}


@app.post("/api/chat")
def chat():
    data = request.get_json()
    model = data.get("model", "gpt-4o-mini")
    # ruleid: py-llm-model-chosen-by-client
    completion = client.chat.completions.create(model=model, messages=data["messages"])
    return jsonify(reply=completion.choices[0].message.content)


@app.post("/api/complete")
def complete():
    # ruleid: py-llm-model-chosen-by-client
    completion = client.chat.completions.create(model="gpt-4o-mini", max_tokens=int(request.json["max_tokens"]), messages=[{"role": "user", "content": request.json["prompt"]}])
    return jsonify(reply=completion.choices[0].message.content)


@app.post("/api/safe")
def safe():
    data = request.get_json()
    model = data.get("model")
    if model not in ALLOWED_MODELS:
        model = "gpt-4o-mini"
    # ok: py-llm-model-chosen-by-client
    completion = client.chat.completions.create(model=model, max_tokens=512, messages=[{"role": "user", "content": data["prompt"]}])
    return jsonify(reply=completion.choices[0].message.content)


@app.post("/api/capped")
def capped():
    data = request.get_json()
    # ok: py-llm-model-chosen-by-client
    completion = client.chat.completions.create(model="gpt-4o-mini", max_tokens=min(int(data.get("max_tokens", 256)), 1024), messages=[{"role": "user", "content": data["prompt"]}])
    return jsonify(reply=completion.choices[0].message.content)
