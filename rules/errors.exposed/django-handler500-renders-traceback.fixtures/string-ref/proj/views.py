import logging
import sys
import traceback

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render

log = logging.getLogger(__name__)


def home(request):
    return HttpResponse("ok")


def server_error(request, *args, **kwargs):
    log.exception("Unhandled error on %s", request.path)
    # ruleid: django-handler500-renders-traceback
    return render(request, "500.html", {"trace": traceback.format_exc(), "path": request.path}, status=500)


def debug_page(request):
    # ok: django-handler500-renders-traceback (a view, not the 500 handler)
    return HttpResponse(traceback.format_exc(), content_type="text/plain")


def report_error(request):
    # ok: django-handler500-renders-traceback (not registered as handler500)
    context = {"info": sys.exc_info()}
    return render(request, "500.html", context)
