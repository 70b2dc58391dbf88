import json

import boto3
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Document

s3 = boto3.client("s3")
BUCKET = settings.AWS_STORAGE_BUCKET_NAME


@require_POST
@login_required
def presign(request):
    body = json.loads(request.body or "{}")
    key = body["key"]
    expires = int(body.get("expires", 7 * 24 * 3600))
    # ruleid: s3-presigned-url-client-chosen-key
    url = s3.generate_presigned_url(
        "get_object",
        Params={"Bucket": BUCKET, "Key": key},
        ExpiresIn=expires,
    )
    return JsonResponse({"url": url})


@login_required
def presign_get(request):
    # ruleid: s3-presigned-url-client-chosen-key
    url = s3.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": request.GET["key"]}, ExpiresIn=300)
    return JsonResponse({"url": url})


@login_required
def upload_url(request):
    name = request.POST["name"]
    key = f"uploads/{request.user.id}/{name}"
    # ok: s3-presigned-url-client-chosen-key
    url = s3.generate_presigned_url("put_object", Params={"Bucket": BUCKET, "Key": key}, ExpiresIn=300)
    return JsonResponse({"url": url})


@login_required
def document_url(request):
    body = json.loads(request.body or "{}")
    doc = get_object_or_404(Document, pk=body["id"], owner=request.user)
    # ok: s3-presigned-url-client-chosen-key
    url = s3.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": doc.s3_key}, ExpiresIn=300)
    return JsonResponse({"url": url})


@login_required
def checked_url(request):
    key = request.GET["key"]
    if not key.startswith(f"uploads/{request.user.id}/"):
        return JsonResponse({"error": "forbidden"}, status=403)
    # ok: s3-presigned-url-client-chosen-key
    url = s3.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": key}, ExpiresIn=300)
    return JsonResponse({"url": url})


def presigned_get(key, expires=300):
    # ok: s3-presigned-url-client-chosen-key
    return s3.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": key}, ExpiresIn=expires)
