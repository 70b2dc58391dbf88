import html
from html import escape

from django.http import HttpResponse
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/greet", response_class=HTMLResponse)
def greet(request: Request):
    name = request.query_params.get("name", "")
    # ruleid: py-html-response-interpolated-input
    return HTMLResponse(f"<h1>Hello {name}</h1>")


@app.get("/hello")
def hello(name: str = "world"):
    # ruleid: py-html-response-interpolated-input
    return HTMLResponse(content="<p>Hi " + name + "</p>")


def django_view(request):
    q = request.GET.get("q", "")
    page = f"<h2>Results for {q}</h2>"
    # ruleid: py-html-response-interpolated-input
    return HttpResponse(page)


@app.get("/safe")
def safe(name: str = "world"):
    # ok: py-html-response-interpolated-input
    return HTMLResponse(f"<p>Hi {escape(name)}</p>")


@app.get("/count")
def count():
    n = 42
    # ok: py-html-response-interpolated-input
    return HTMLResponse(f"<p>{n} items</p>")


def django_text(request):
    q = request.GET.get("q", "")
    # ok: py-html-response-interpolated-input
    return HttpResponse(f"<q>{q}</q>", content_type="text/plain")



@app.get("/card/{label}")
async def card(label):
    markup = f"""
        <div class="card">
            <span>{label}</span>
        </div>
    """
    # ruleid: py-html-response-interpolated-input
    return HTMLResponse(markup)


@app.get("/badge/{size}")
async def badge(size: int):
    # ok: py-html-response-interpolated-input
    return HTMLResponse(f"<span style='width:{size}px'>badge</span>")


PROJECTS = {"demo": {"name": "<b>Demo</b>", "description": "hello"}}


@app.get("/embed/{slug}", response_class=HTMLResponse)
async def embed_widget(slug: str):
    project = PROJECTS[slug]
    title = html.escape(project["name"])
    desc = html.escape(project["description"])
    # ok: py-html-response-interpolated-input
    return HTMLResponse(f"<div class='embed'><strong>{title}</strong><p>{desc}</p></div>")


@app.get("/embed-card/{slug}", response_class=HTMLResponse)
async def embed_card(slug: str):
    project = PROJECTS[slug]
    title = escape(project["name"])
    body = f"""
        <div class="card"><h3>{title}</h3></div>
    """
    # ok: py-html-response-interpolated-input
    return HTMLResponse(body)


@app.get("/embed-raw/{slug}", response_class=HTMLResponse)
async def embed_raw(slug: str, theme: str = "light"):
    project = PROJECTS[slug]
    title = html.escape(project["name"])
    # ruleid: py-html-response-interpolated-input
    return HTMLResponse(f"<div class='{theme}'>{title} {project['description']}</div>")


@app.get("/embed-mixed/{slug}", response_class=HTMLResponse)
async def embed_mixed(slug: str, theme: str = "light"):
    title = html.escape(PROJECTS[slug]["name"])
    # Known gap: an escaped name next to a raw one reads as escaped.
    # todoruleid: py-html-response-interpolated-input
    return HTMLResponse(f"<div class='{theme}'>{title}</div>")
