import boto3
from fastapi import Depends, FastAPI

from .auth import get_current_user

app = FastAPI()
s3 = boto3.client("s3")


@app.get("/api/files/url")
def file_url(key: str, user=Depends(get_current_user)):
    # ruleid: s3-presigned-url-client-chosen-key
    return {"url": s3.generate_presigned_url("get_object", Params={"Bucket": "docs", "Key": key}, ExpiresIn=300)}


@app.post("/api/files/upload-url")
def upload_url(filename: str, user=Depends(get_current_user)):
    # ok: s3-presigned-url-client-chosen-key
    return s3.generate_presigned_post(Bucket="docs", Key=f"uploads/{user.id}/{filename}", ExpiresIn=300)
