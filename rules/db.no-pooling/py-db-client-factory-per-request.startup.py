# fixture-path: app/db.py
# The helper runs once at import; its result is shared.
import os

from pymongo import MongoClient


def get_client():
    # ok: py-db-client-factory-per-request
    return MongoClient(os.environ["MONGO_URL"], maxPoolSize=20)


client = get_client()
db = client["shop"]


def connect_engine():
    from sqlalchemy import create_engine

    # A second helper in the same file is not checked once a module-level `x = get_...()` exists.
    # todoruleid: py-db-client-factory-per-request
    return create_engine(os.environ["DATABASE_URL"])
