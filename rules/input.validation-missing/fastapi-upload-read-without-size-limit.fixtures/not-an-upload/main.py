from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/import")
async def import_rows(file: UploadFile, stream: StreamReader):
    # ok: fastapi-upload-read-without-size-limit
    head = await stream.read()
    return {"head": head[:10], "name": file.filename}
