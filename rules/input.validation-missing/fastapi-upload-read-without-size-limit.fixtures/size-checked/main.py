from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()
MAX_UPLOAD_BYTES = 5 * 1024 * 1024


@app.post("/documents")
async def upload_document(file: UploadFile = File(...)):
    if file.size is None or file.size > MAX_UPLOAD_BYTES:
        raise HTTPException(status_code=413, detail="File too large")
    # ok: fastapi-upload-read-without-size-limit
    content = await file.read()
    return {"size": len(content)}
