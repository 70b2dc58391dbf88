# fixture-path: handler.py
# An AWS Lambda function, not a web app: no framework in the file or the project.
import boto3


def lambda_handler(event, context):
    # ok: py-boto3-client-per-call
    s3 = boto3.client("s3")
    return s3.list_buckets()
