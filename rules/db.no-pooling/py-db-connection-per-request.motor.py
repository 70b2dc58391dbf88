import os

from fastapi import FastAPI
from motor.motor_asyncio import AsyncIOMotorClient

app = FastAPI()
# ok: py-db-connection-per-request
shared = AsyncIOMotorClient(os.environ["MONGO_URL"], maxPoolSize=50)


@app.get("/api/notes")
async def notes():
    # ruleid: py-db-connection-per-request
    client = AsyncIOMotorClient(os.environ["MONGO_URL"])
    return await client.app.notes.find({}, {"_id": 0}).to_list(100)


@app.get("/api/tags")
async def tags():
    # ok: py-db-connection-per-request
    return await shared.app.tags.distinct("name")
