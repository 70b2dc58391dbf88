import os
from fastapi import FastAPI
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()
# ruleid: generic-auth-secret
app.add_middleware(SessionMiddleware, secret_key="0c698cf590a59734262aaced73518defb2cddd0e5fcab5cf")
# ok: generic-auth-secret
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"])
