from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from config import settings

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=settings.public_origin_list, allow_methods=["GET"])

account_app = FastAPI()
account_app.add_middleware(CORSMiddleware, allow_origins=settings.app_origin_list, allow_credentials=True)
app.mount("/account", account_app)
