import uuid

import aiofiles
from fastapi import FastAPI, File, UploadFile

app = FastAPI()


@app.post("/documents")
async def upload_document(file: UploadFile = File(...)):
    dest = f"./uploads/{uuid.uuid4().hex}"
    async with aiofiles.open(dest, "wb") as out:
        # ruleid: fastapi-upload-read-without-size-limit
        content = await file.read()
        await out.write(content)
    return {"size": len(content)}

