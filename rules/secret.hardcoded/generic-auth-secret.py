import os
from fastapi import FastAPI
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()
# ruleid: generic-auth-secret
app.add_middleware(SessionMiddleware, secret_key="0c698cf590a59734262aaced73518defb2cddd0e5fcab5cf")
# ok: generic-auth-secret
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"])


class Config:
    # ruleid: generic-auth-secret
    SESSION_COOKIE_SECRET = "k8Jq2vR9xT4mW7zP1nB6"


class TestingConfig(Config):
    TESTING = True
    # ok: generic-auth-secret
    SECRET_KEY = "k8Jq2vR9xT4mW7zP1nB6-tests"


class ContestConfig(Config):
    # ruleid: generic-auth-secret
    SECRET_KEY = "Zx7Lq2Vn9Rt4Kp8Mw3Hs"
