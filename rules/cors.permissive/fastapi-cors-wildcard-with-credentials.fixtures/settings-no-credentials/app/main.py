from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.config import settings

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=settings.BACKEND_CORS_ORIGINS, allow_methods=["GET"])


@app.post("/login")
def login():
    return {"ok": True}


def session_cookie_kwargs():
    return dict(allow_credentials=True)
