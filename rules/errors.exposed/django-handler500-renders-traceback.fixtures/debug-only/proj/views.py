import logging
import traceback
import uuid

from django.conf import settings
from django.shortcuts import render

log = logging.getLogger(__name__)


def server_error(request):
    error_id = uuid.uuid4().hex[:8]
    # ok: django-handler500-renders-traceback (logged, not shown)
    log.error("unhandled %s: %s", error_id, traceback.format_exc())
    if settings.DEBUG:
        # ok: django-handler500-renders-traceback (only while DEBUG is on)
        return render(request, "500.html", {"trace": traceback.format_exc()}, status=500)
    return render(request, "500.html", {"error_id": error_id}, status=500)
