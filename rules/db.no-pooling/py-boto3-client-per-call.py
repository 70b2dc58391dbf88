# fixture-path: app/storage.py
import functools

import boto3
from django.conf import settings

# ok: py-boto3-client-per-call
_s3 = boto3.client("s3", region_name=settings.AWS_S3_REGION_NAME)


def s3():
    # ruleid: py-boto3-client-per-call
    return boto3.client(
        "s3",
        aws_access_key_id=settings.AWS_ACCESS_KEY_ID,
        aws_secret_access_key=settings.AWS_SECRET_ACCESS_KEY,
        region_name=settings.AWS_S3_REGION_NAME,
    )


def presigned_get(key, expires=300):
    return s3().generate_presigned_url(
        "get_object", Params={"Bucket": settings.AWS_STORAGE_BUCKET_NAME, "Key": key}, ExpiresIn=expires
    )


def table(name):
    # ruleid: py-boto3-client-per-call
    return boto3.resource("dynamodb").Table(name)


@functools.lru_cache(maxsize=None)
def sqs():
    # ok: py-boto3-client-per-call
    return boto3.client("sqs")


_ses = None


def ses():
    global _ses
    if _ses is None:
        # ok: py-boto3-client-per-call
        _ses = boto3.client("ses")
    return _ses


def tenant_client(role_arn):
    creds = boto3.client("sts").assume_role(RoleArn=role_arn, RoleSessionName="app")["Credentials"]
    # ok: py-boto3-client-per-call
    return boto3.client(
        "s3",
        aws_access_key_id=creds["AccessKeyId"],
        aws_secret_access_key=creds["SecretAccessKey"],
        aws_session_token=creds["SessionToken"],
    )


def make_textract():
    # ok: py-boto3-client-per-call
    return boto3.client("textract")


textract = make_textract()
