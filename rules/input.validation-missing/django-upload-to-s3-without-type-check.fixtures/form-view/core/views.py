import os
import uuid

import boto3
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect, render

from .forms import UploadForm

s3 = boto3.client("s3")
ALLOWED_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".pdf": "application/pdf"}


@login_required
def upload(request):
    if request.method == "POST":
        form = UploadForm(request.POST, request.FILES)
        if form.is_valid():
            f = request.FILES["file"]
            doc = form.save(commit=False)
            doc.owner = request.user
            doc.s3_key = f"uploads/{request.user.id}/{f.name}"
            # ruleid: django-upload-to-s3-without-type-check (the form validates title/description, not the file)
            s3.upload_fileobj(f, settings.AWS_STORAGE_BUCKET_NAME, doc.s3_key, ExtraArgs={"ContentType": f.content_type})
            doc.save()
            return redirect("/")
    else:
        form = UploadForm()
    return render(request, "upload.html", {"form": form})


@login_required
def upload_raw(request):
    key = f"raw/{request.user.id}/{request.FILES['file'].name}"
    # ruleid: django-upload-to-s3-without-type-check
    s3.put_object(Bucket=settings.AWS_STORAGE_BUCKET_NAME, Key=key, Body=request.FILES["file"].read())
    return redirect("/")


@login_required
def upload_checked(request):
    f = request.FILES["file"]
    ext = os.path.splitext(f.name)[1].lower()
    if ext not in ALLOWED_TYPES or f.size > 10 * 1024 * 1024:
        return HttpResponseBadRequest("Unsupported file")
    key = f"uploads/{request.user.id}/{uuid.uuid4().hex}{ext}"
    # ok: django-upload-to-s3-without-type-check (extension allow-listed, size bounded)
    s3.upload_fileobj(f, settings.AWS_STORAGE_BUCKET_NAME, key, ExtraArgs={"ContentType": ALLOWED_TYPES[ext]})
    return redirect("/")


@login_required
def upload_random_key(request):
    f = request.FILES["file"]
    # ok: django-upload-to-s3-without-type-check (random key, no client type: stored as binary/octet-stream)
    s3.upload_fileobj(f, settings.AWS_STORAGE_BUCKET_NAME, f"blobs/{uuid.uuid4().hex}")
    return redirect("/")


def export_report(request):
    report = build_report(request.user)
    # ok: django-upload-to-s3-without-type-check (a file the server made)
    s3.upload_fileobj(report, settings.AWS_STORAGE_BUCKET_NAME, f"reports/{report.name}")
    return redirect("/")
