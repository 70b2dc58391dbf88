import logging
import traceback
import uuid

from ninja import NinjaAPI

api = NinjaAPI()
logger = logging.getLogger(__name__)


@api.exception_handler(Exception)
def on_unhandled_error(request, exc):
    body = {
        # ruleid: py-exception-handler-leaks-details
        "detail": str(exc),
        "type": exc.__class__.__name__,
        "trace": traceback.format_exc().splitlines(),
    }
    return api.create_response(request, body, status=500)


@api.exception_handler(Exception)
def on_unhandled_error_logged(request, exc):
    error_id = uuid.uuid4().hex[:8]
    # ok: py-exception-handler-leaks-details
    details = {"id": error_id, "detail": str(exc), "trace": traceback.format_exc()}
    logger.error("unhandled error %s", details)
    payload = {"detail": "Internal server error", "id": error_id}
    return api.create_response(request, payload, status=500)
