import html
from html import escape

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/welcome", response_class=HTMLResponse)
def welcome(guest: str = "friend"):
    # ruleid: fastapi-html-route-returns-interpolated-input
    return f"<h1>Welcome, {guest}!</h1>"


@app.get("/tag/{label}", response_class=HTMLResponse)
async def tag(label):
    # ruleid: fastapi-html-route-returns-interpolated-input
    return "<span class='tag'>" + label + "</span>"


@app.get(
    "/search",
    response_class=HTMLResponse,
)
async def search(request: Request):
    term = request.query_params.get("q", "")
    # ruleid: fastapi-html-route-returns-interpolated-input
    return f"<p>No results for <b>{term}</b></p>"


@app.get("/welcome-safe", response_class=HTMLResponse)
def welcome_safe(guest: str = "friend"):
    # ok: fastapi-html-route-returns-interpolated-input
    return f"<h1>Welcome, {escape(guest)}!</h1>"


@app.get("/uptime", response_class=HTMLResponse)
def uptime():
    seconds = 42
    # ok: fastapi-html-route-returns-interpolated-input
    return f"<p>Up for {seconds} s</p>"


@app.get("/greeting")
def greeting_json(guest: str = "friend"):
    # ok: fastapi-html-route-returns-interpolated-input
    return f"<h1>Welcome, {guest}!</h1>"


DOCS = {"abc": {"title": "<script>alert(1)</script>"}}


@app.get("/embed/{token}", response_class=HTMLResponse)
async def embed(token: str):
    doc = DOCS.get(token, {})
    safe_title = html.escape(doc.get("title", "Untitled"))
    # ok: fastapi-html-route-returns-interpolated-input
    return f'<div class="dv-embed"><strong>{safe_title}</strong></div>'


@app.get("/embed-dq/{token}", response_class=HTMLResponse)
async def embed_dq(token: str):
    label = escape(token)
    # ok: fastapi-html-route-returns-interpolated-input
    return f"<div class='dv-embed'>{label}</div>"


@app.get("/embed3/{token}", response_class=HTMLResponse)
async def embed3(token: str):
    safe_title = html.escape(token)
    # ruleid: fastapi-html-route-returns-interpolated-input
    return f"<div><strong>{safe_title}</strong> for {token}</div>"


@app.get("/embed4/{token}", response_class=HTMLResponse)
async def embed4(token: str):
    title = token.upper()
    # ruleid: fastapi-html-route-returns-interpolated-input
    return f"<div><strong>{title}</strong></div>"
