from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

public_app = FastAPI()
# ok: fastapi-cors-wildcard-origin (public read-only data, no credentials)
public_app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
)

api = FastAPI()
# ruleid: fastapi-cors-wildcard-origin
api.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET", "POST", "DELETE"],
)
