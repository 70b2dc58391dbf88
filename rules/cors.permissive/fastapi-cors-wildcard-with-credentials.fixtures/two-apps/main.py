from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from public import public_app

ALLOWED = ["https://app.chatdock.io"]

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=ALLOWED, allow_credentials=True)
app.mount("/public", public_app)

partner_app = FastAPI()
# ruleid: fastapi-cors-wildcard-with-credentials
partner_app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["*"], allow_credentials=True)
app.mount("/partner", partner_app)
