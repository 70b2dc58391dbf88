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
