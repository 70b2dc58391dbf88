import logging
import traceback
import uuid

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from flask import Flask, jsonify

app = FastAPI()
logger = logging.getLogger(__name__)


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    return JSONResponse(
        status_code=500,
        # ruleid: py-exception-handler-leaks-details
        content={"detail": str(exc), "path": request.url.path},
    )


@app.exception_handler(Exception)
async def unhandled_with_trace(request: Request, exc: Exception):
    # ruleid: py-exception-handler-leaks-details
    return JSONResponse(status_code=500, content={"error": "boom", "trace": traceback.format_exc()})


@app.exception_handler(HTTPException)
async def http_error(request: Request, exc: HTTPException):
    # HTTPException details are written for the client.
    # ok: py-exception-handler-leaks-details
    return JSONResponse(status_code=exc.status_code, content={"detail": str(exc.detail)})


@app.exception_handler(RequestValidationError)
async def invalid(request: Request, exc: RequestValidationError):
    # ok: py-exception-handler-leaks-details
    return JSONResponse(status_code=422, content={"detail": exc.errors(), "msg": f"{exc}"})


@app.exception_handler(Exception)
async def unhandled_safely(request: Request, exc: Exception):
    error_id = uuid.uuid4().hex[:8]
    # ok: py-exception-handler-leaks-details
    logger.error("unhandled %s: %s", error_id, str(exc))
    return JSONResponse(status_code=500, content={"detail": "Internal server error", "id": error_id})


web = Flask(__name__)


@web.errorhandler(500)
def server_error(e):
    # ruleid: py-exception-handler-leaks-details
    return jsonify(error=f"Server error: {e}"), 500


@web.errorhandler(404)
def not_found(e):
    # ok: py-exception-handler-leaks-details
    return jsonify(error=str(e)), 404


class ErrorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        from django.http import JsonResponse

        # ruleid: py-exception-handler-leaks-details
        return JsonResponse({"error": repr(exception)}, status=500)


def report(exc):
    # Not a handler: a helper that formats for the logs.
    # ok: py-exception-handler-leaks-details
    return f"failure: {exc}"


@app.exception_handler(Exception)
async def unhandled_with_trace(request, exc):
    logger.error("unhandled: %s", str(exc))
    return JSONResponse(
        status_code=500,
        content={
            # ruleid: py-exception-handler-leaks-details
            "detail": str(exc),
            # The same response body: one finding for the handler.
            # ok: py-exception-handler-leaks-details
            "traceback": traceback.format_exc(),
        },
    )
