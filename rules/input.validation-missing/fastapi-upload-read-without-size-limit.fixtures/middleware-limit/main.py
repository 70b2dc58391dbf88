from fastapi import FastAPI, UploadFile

from .limits import ContentSizeLimitMiddleware

app = FastAPI()
app.add_middleware(ContentSizeLimitMiddleware, max_content_size=10_000_000)


@app.post("/documents")
async def upload_document(file: UploadFile):
    # ok: fastapi-upload-read-without-size-limit
    content = await file.read()
    return {"size": len(content)}
