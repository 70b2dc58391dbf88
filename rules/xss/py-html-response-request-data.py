from html import escape

from django.http import HttpResponse, JsonResponse
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from flask import make_response, request

app = FastAPI()


@app.get("/hello", response_class=HTMLResponse)
async def hello(request: Request):
    # ruleid: py-html-response-request-data
    return HTMLResponse(f"<h1>Hello {request.query_params.get('name')}</h1>")


def django_search(request):
    q = request.GET.get("q", "")
    page = "<p>Results for " + request.GET.get("q", "") + "</p>"
    # ruleid: py-html-response-request-data
    r1 = HttpResponse(page)
    # ruleid: py-html-response-request-data
    r2 = HttpResponse("Hello %s" % request.GET["name"])
    # ok: py-html-response-request-data
    r3 = HttpResponse(f"<p>Results for {escape(q)}</p>")
    # ok: py-html-response-request-data
    r4 = JsonResponse({"q": request.GET.get("q")})
    # ok: py-html-response-request-data
    r5 = HttpResponse("<p>static</p>")
    # ok: py-html-response-request-data
    r6 = HttpResponse(f"id={request.GET['id']}", content_type="text/plain")
    return r1, r2, r3, r4, r5, r6


def flask_view():
    # ruleid: py-html-response-request-data
    return make_response(f"<b>{request.args['msg']}</b>")


def lookup(request):
    if request.GET.get("term"):
        notice = "You searched for: " + request.GET["term"]
    else:
        notice = "Type a term to search"
    # Both branches reach the response: the request-built one is seen.
    # ruleid: py-html-response-request-data
    return HttpResponse(notice)


def lookup_escaped(request):
    notice = "You searched for: " + request.GET.get("term", "")
    notice = "Results for your search"
    # The request-built value is overwritten at the same level before the response.
    # ok: py-html-response-request-data
    return HttpResponse(notice)


def lookup_other_function(request):
    # ok: py-html-response-request-data
    return HttpResponse(notice)
