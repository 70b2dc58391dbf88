from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()

# ruleid: fastapi-cors-wildcard-with-credentials
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

# ok: fastapi-cors-wildcard-with-credentials
app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_credentials=True)

# ruleid: fastapi-cors-wildcard-with-credentials
ORIGINS = [
    "http://localhost:3000",
    "*",
]
app.add_middleware(CORSMiddleware, allow_origins=ORIGINS, allow_credentials=True)

import os

# ruleid: fastapi-cors-wildcard-with-credentials
ALLOWED_ORIGINS = os.getenv("ALLOWED_ORIGINS", "http://localhost:5173,*").split(",")
app.add_middleware(CORSMiddleware, allow_origins=ALLOWED_ORIGINS, allow_credentials=True)

# ok: fastapi-cors-wildcard-with-credentials
FRONTEND_ORIGINS = os.getenv("FRONTEND_ORIGINS", "http://localhost:5173").split(",")
app.add_middleware(CORSMiddleware, allow_origins=FRONTEND_ORIGINS, allow_credentials=True)
# ok: fastapi-cors-wildcard-with-credentials (a wildcard subdomain is not the `*` item)
PREVIEW_ORIGINS = os.getenv("PREVIEW_ORIGINS", "https://*.vercel.app").split(",")
app.add_middleware(CORSMiddleware, allow_origins=PREVIEW_ORIGINS, allow_credentials=True)
