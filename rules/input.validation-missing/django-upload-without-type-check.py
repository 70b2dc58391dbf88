# fixture-path: events/views.py
import os
import uuid
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.files.storage import default_storage
from django.http import HttpResponse, HttpResponseBadRequest


@login_required
def upload_seating_chart(request, event_id):
    if request.method == "POST":
        upload = request.FILES["chart"]
        dest_dir = os.path.join(settings.MEDIA_ROOT, "charts", str(event_id))
        os.makedirs(dest_dir, exist_ok=True)
        # ruleid: django-upload-without-type-check
        dest = os.path.join(dest_dir, upload.name)
        with open(dest, "wb+") as out:
            for chunk in upload.chunks():
                out.write(chunk)
        # ok: django-upload-without-type-check (the URL, not where it is stored)
        return HttpResponse(f"{settings.MEDIA_URL}charts/{event_id}/{upload.name}")
    return HttpResponse(status=405)


@login_required
def upload_attachment(request):
    f = request.FILES.get("file")
    # ruleid: django-upload-without-type-check
    saved = default_storage.save(f"attachments/{f.name}", f)
    return HttpResponse(saved)


@login_required
def upload_many(request):
    for doc in request.FILES.getlist("docs"):
        # ruleid: django-upload-without-type-check
        target = Path(settings.MEDIA_ROOT) / "docs" / doc.name
        target.write_bytes(doc.read())
    return HttpResponse("ok")


@login_required
def upload_checked(request):
    upload = request.FILES["chart"]
    ext = os.path.splitext(upload.name)[1].lower()
    if ext not in {".png", ".jpg"}:
        return HttpResponseBadRequest("Unsupported file")
    # ok: django-upload-without-type-check (extension checked above)
    dest = os.path.join(settings.MEDIA_ROOT, "charts", upload.name)
    with open(dest, "wb") as out:
        out.write(upload.read())
    return HttpResponse("ok")


@login_required
def upload_renamed(request):
    upload = request.FILES["avatar"]
    if upload.content_type not in ("image/png", "image/jpeg"):
        return HttpResponseBadRequest("Unsupported file")
    # ok: django-upload-without-type-check (content type checked)
    default_storage.save(upload.name, upload)
    return HttpResponse("ok")


@login_required
def export(request):
    report = build_report(request.user)
    # ok: django-upload-without-type-check (not an uploaded file)
    path = os.path.join(settings.MEDIA_ROOT, "exports", report.name)
    return HttpResponse(path)


@login_required
def upload_forwarded(request):
    upload = request.FILES["doc"]
    ext = os.path.splitext(upload.name)[1]
    # ruleid: django-upload-without-type-check (the content type is only forwarded, the extension kept)
    default_storage.save(upload.name, upload)
    log_upload(upload.name, upload.content_type, ext)
    return HttpResponse("ok")


@login_required
def upload_prefix_checked(request):
    upload = request.FILES["photo"]
    if not upload.content_type.startswith("image/"):
        return HttpResponseBadRequest("Images only")
    # ok: django-upload-without-type-check (content type compared)
    default_storage.save(upload.name, upload)
    return HttpResponse("ok")
