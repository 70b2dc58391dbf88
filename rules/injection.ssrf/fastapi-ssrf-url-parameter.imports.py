import os, requests
from fastapi import FastAPI

app = FastAPI()


@app.get("/preview")
def preview(url: str):
    # ruleid: fastapi-ssrf-url-parameter
    page = requests.get(url, timeout=5)
    return {"title": page.text[:80]}


@app.get("/status")
def status(region: str):
    # ok: fastapi-ssrf-url-parameter
    return requests.get(os.environ["STATUS_URL"], params={"region": region}, timeout=5).json()
