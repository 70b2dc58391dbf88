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
