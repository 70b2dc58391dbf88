import os
from contextlib import asynccontextmanager
from functools import lru_cache

import redis
from fastapi import Depends, FastAPI, Request
from motor.motor_asyncio import AsyncIOMotorClient
from pymongo import MongoClient
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

MONGO_URL = os.environ["MONGO_URL"]
DATABASE_URL = os.environ["DATABASE_URL"]

# ok: py-db-client-factory-per-request
client = AsyncIOMotorClient(MONGO_URL, maxPoolSize=50)
# ok: py-db-client-factory-per-request
engine = create_engine(DATABASE_URL, pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine, autoflush=False)


async def get_db():
    """FastAPI dependency that returns a database handle."""
    # ruleid: py-db-client-factory-per-request
    mongo = AsyncIOMotorClient(MONGO_URL)
    return mongo["notesai"]


def get_collection(name: str):
    # ruleid: py-db-client-factory-per-request
    return MongoClient(MONGO_URL)["notesai"][name]


def get_session():
    # ruleid: py-db-client-factory-per-request
    eng = create_engine(DATABASE_URL)
    db = sessionmaker(bind=eng)()
    try:
        yield db
    finally:
        db.close()


def get_redis():
    # ruleid: py-db-client-factory-per-request
    return redis.Redis.from_url(os.environ["REDIS_URL"])


def get_shared_db():
    # ok: py-db-client-factory-per-request
    return client["notesai"]


def get_sql_session():
    # ok: py-db-client-factory-per-request
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


@lru_cache
def get_mongo_client():
    # ok: py-db-client-factory-per-request
    return MongoClient(MONGO_URL)


_cache = None


def get_cache():
    global _cache
    if _cache is None:
        # ok: py-db-client-factory-per-request
        _cache = redis.Redis.from_url(os.environ["REDIS_URL"])
    return _cache


@asynccontextmanager
async def lifespan(app: FastAPI):
    # ok: py-db-client-factory-per-request
    app.state.mongo = AsyncIOMotorClient(MONGO_URL)
    yield
    app.state.mongo.close()


app = FastAPI(lifespan=lifespan)


@app.get("/api/stats")
async def stats(db=Depends(get_db)):
    return {"notes": await db.notes.count_documents({})}


@app.get("/api/count")
async def count():
    database = await get_db()
    return {"users": await database.users.count_documents({})}


@app.get("/api/items")
def items(request: Request, session=Depends(get_sql_session)):
    return {"mongo": request.app.state.mongo is not None, "n": session.execute("SELECT 1").scalar()}
