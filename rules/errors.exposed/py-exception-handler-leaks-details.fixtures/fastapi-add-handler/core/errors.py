import logging
import traceback

from fastapi import HTTPException, Request
from fastapi.responses import JSONResponse

logger = logging.getLogger(__name__)


async def unhandled_exception_handler(request: Request, exc: Exception) -> JSONResponse:
    return JSONResponse(
        status_code=500,
        # ruleid: py-exception-handler-leaks-details
        content={"detail": str(exc), "trace": traceback.format_exc().splitlines()},
    )


async def http_error_handler(request: Request, exc: HTTPException) -> JSONResponse:
    # ok: py-exception-handler-leaks-details (an HTTPException's text is meant for the client)
    return JSONResponse(status_code=exc.status_code, content={"detail": str(exc.detail)})


async def logged_exception_handler(request: Request, exc: Exception) -> JSONResponse:
    logger.exception("unhandled error", exc_info=exc)
    # ok: py-exception-handler-leaks-details
    return JSONResponse(status_code=500, content={"detail": "Internal server error"})
