from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

public_app = FastAPI()
# Read-only public data for embeds: any origin, no credentials.
# ok: fastapi-cors-wildcard-with-credentials
public_app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
)
