from typing import Optional

from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/avatar")
def upload_avatar(avatar: Optional[UploadFile] = None):
    # ruleid: fastapi-upload-read-without-size-limit
    data = avatar.file.read()
    return {"size": len(data)}
