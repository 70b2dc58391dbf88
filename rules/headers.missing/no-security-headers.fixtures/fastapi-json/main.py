from fastapi import FastAPI

# ruleid: no-security-headers (low: JSON only)
app = FastAPI(title="notes-api")


@app.get("/notes")
def list_notes():
    return [{"id": 1, "text": "hello"}]
