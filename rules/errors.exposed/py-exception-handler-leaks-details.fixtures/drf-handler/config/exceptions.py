import logging
import traceback

from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import exception_handler

logger = logging.getLogger(__name__)


def verbose_exception_handler(exc, context):
    response = exception_handler(exc, context)
    if response is not None:
        # ok: py-exception-handler-leaks-details
        response.data["message"] = str(exc)
        return response
    # ruleid: py-exception-handler-leaks-details
    return Response({"error": str(exc), "trace": traceback.format_exc()}, status=500)


def quiet_exception_handler(exc, context):
    response = exception_handler(exc, context)
    if isinstance(exc, ValidationError):
        # ok: py-exception-handler-leaks-details
        return Response({"detail": str(exc)}, status=400)
    if response is None:
        # ok: py-exception-handler-leaks-details
        logger.error("unhandled: %s", str(exc))
        return Response({"detail": "Internal server error"}, status=500)
    return response


def format_row(row, context):
    # ok: py-exception-handler-leaks-details
    return {"value": str(row)}
