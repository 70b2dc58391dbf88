import boto3
from django.conf import settings

_s3 = boto3.client("s3")
BUCKET = settings.AWS_STORAGE_BUCKET_NAME


def upload_fileobj(fileobj, key, content_type=None, public=False):
    extra = {"ContentType": content_type or "application/octet-stream"}
    if public:
        # ruleid: s3-object-public-read-acl
        extra["ACL"] = "public-read"
    _s3.upload_fileobj(fileobj, BUCKET, key, ExtraArgs=extra)


def put_avatar(body, key):
    # ruleid: s3-object-public-read-acl
    _s3.put_object(Bucket=BUCKET, Key=key, Body=body, ACL="public-read")


def upload_invoice(path, key):
    # ruleid: s3-object-public-read-acl
    _s3.upload_file(path, BUCKET, key, ExtraArgs={"ACL": "public-read", "ContentType": "application/pdf"})


def upload_private(path, key):
    # ok: s3-object-public-read-acl
    _s3.upload_file(path, BUCKET, key, ExtraArgs={"ACL": "private", "ContentType": "application/pdf"})


def upload_default(body, key):
    # ok: s3-object-public-read-acl
    _s3.put_object(Bucket=BUCKET, Key=key, Body=body, ContentType="image/png")


def publish_logo(body):
    # ok: s3-object-public-read-acl
    _s3.put_object(Bucket=BUCKET, Key="static/logo.png", Body=body, ACL="public-read")


def sync_static_files(paths):
    for p in paths:
        # ok: s3-object-public-read-acl
        _s3.upload_file(p, BUCKET, p, ExtraArgs={"ACL": "public-read"})


def is_public(obj):
    # ok: s3-object-public-read-acl
    return obj["ACL"] == "public-read"
