import httpx
import requests
from fastapi import FastAPI
from flask import Blueprint, request

app = FastAPI()
bp = Blueprint("media", __name__)
STATUS_SOURCE = "https://status.example.com/api"


@app.get("/api/integrations/import-image")
async def import_product_image(src: str):
    async with httpx.AsyncClient() as client:
        # ruleid: fastapi-ssrf-url-parameter
        r = await client.get(src)
    return {"content_type": r.headers.get("content-type"), "size": len(r.content)}


@app.post("/api/profile/avatar-from-link")
def avatar_from_link(avatar_href: str):
    # ruleid: fastapi-ssrf-url-parameter
    return {"size": len(requests.get(avatar_href, timeout=5).content)}


@app.get("/api/feeds/preview")
async def feed_preview(feedUrl: str):
    async with httpx.AsyncClient(timeout=5) as client:
        # ruleid: fastapi-ssrf-url-parameter
        return (await client.get(feedUrl)).text


@app.get("/api/status")
def status():
    source = STATUS_SOURCE
    # ok: fastapi-ssrf-url-parameter
    return requests.get(source, timeout=5).json()


@app.get("/api/items/{item_id}")
def item(item_id: int):
    # ok: fastapi-ssrf-url-parameter
    return requests.get(f"https://api.example.com/items/{item_id}", timeout=5).json()
