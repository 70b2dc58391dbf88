import aiofiles
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/documents")
async def upload_document(upload: UploadFile):
    async with aiofiles.open("/tmp/x", "wb") as out:
        # ok: fastapi-upload-read-without-size-limit
        while chunk := await upload.read(CHUNK):
            await out.write(chunk)
    return {"ok": True}


@app.post("/webhook")
async def webhook(request: Request):
    # ok: fastapi-upload-read-without-size-limit
    body = await request.read()
    return {"n": len(body)}
