import logging
import traceback
import uuid

from django.conf import settings
from django.shortcuts import render

log = logging.getLogger(__name__)


def crash_page(request):
    context = {
        "path": request.path,
        # ruleid: django-handler500-renders-traceback
        "details": traceback.format_exc(),
    }
    return render(request, "500.html", context, status=500)


def not_found(request, exception):
    # ok: django-handler500-renders-traceback (the 404 view, and no traceback)
    return render(request, "404.html", {"path": request.path}, status=404)
