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
