# fixture-path: scripts/publish_site.py
import mimetypes
import pathlib

import boto3

s3 = boto3.client("s3")

for path in pathlib.Path("dist").rglob("*"):
    if path.is_file():
        ctype = mimetypes.guess_type(str(path))[0] or "application/octet-stream"
        # ok: s3-object-public-read-acl
        s3.upload_file(str(path), "www-bucket", str(path.relative_to("dist")), ExtraArgs={"ACL": "public-read", "ContentType": ctype})
