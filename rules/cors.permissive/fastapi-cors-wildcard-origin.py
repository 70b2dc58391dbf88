import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()

# ruleid: fastapi-cors-wildcard-origin
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["*"], allow_headers=["*"])

# ok: fastapi-cors-wildcard-origin
app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_methods=["*"], allow_headers=["*"])

# ruleid: fastapi-cors-wildcard-origin
app.add_middleware(
    CORSMiddleware,
    allow_origins=os.getenv("CORS_ORIGINS", "*").split(","),
    allow_methods=["GET"],
)

# ruleid: fastapi-cors-wildcard-origin
origins = ["*"]
# ok: fastapi-cors-wildcard-origin
app.add_middleware(CORSMiddleware, allow_origins=origins)

# ok: fastapi-cors-wildcard-origin
allowed_origins = ["https://app.example.com", "http://localhost:3000"]
