import os
from datetime import datetime, timedelta, timezone

from jose import jwt

# ruleid: py-jwt-secret-key-hardcoded
SECRET_KEY = "09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7"
ALGORITHM = "HS256"
# ok: py-jwt-secret-key-hardcoded
SECRET_KEY = os.environ["SECRET_KEY"]
# ok: py-jwt-secret-key-hardcoded
SECRET_KEY = os.getenv("SECRET_KEY")


def token(sub):
    return jwt.encode({"sub": sub, "exp": datetime.now(timezone.utc) + timedelta(minutes=15)}, SECRET_KEY, algorithm=ALGORITHM)
