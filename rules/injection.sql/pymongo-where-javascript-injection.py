from fastapi import FastAPI
from motor.motor_asyncio import AsyncIOMotorClient

app = FastAPI()
db = AsyncIOMotorClient("mongodb://localhost:27017")["docvault"]

ALL_WITH_TAGS = "this.tags && this.tags.length > 0"


@app.get("/documents/search/advanced")
async def advanced_search(tag: str, min_pages: int = 0):
    predicate = f"this.tags && this.tags.indexOf('{tag}') >= 0 && this.pages >= {min_pages}"
    # ruleid: pymongo-where-javascript-injection
    cursor = db.documents.find({"$where": predicate}).limit(100)
    return [d["title"] async for d in cursor]


@app.get("/documents/search/inline")
async def inline_search(tag: str):
    # ruleid: pymongo-where-javascript-injection
    cursor = db.documents.find({"$where": f"this.tags.indexOf('{tag}') >= 0"})
    return [d["title"] async for d in cursor]


@app.get("/documents/search/percent")
async def percent_search(owner: str):
    # ruleid: pymongo-where-javascript-injection
    cursor = db.documents.find({'$where': "this.owner == '%s'" % owner})
    # ruleid: pymongo-where-javascript-injection
    more = db.documents.find({"$where": "this.owner == '" + owner + "'"})
    clause = "this.owner == '{}'".format(owner)
    # ruleid: pymongo-where-javascript-injection
    again = db.documents.find({"$where": clause})
    return [cursor, more, again]


@app.get("/documents/search/static")
async def static_search(tag: str):
    # ok: pymongo-where-javascript-injection
    cursor = db.documents.find({"$where": "this.pages > this.min_pages"})
    # ok: pymongo-where-javascript-injection
    tagged = db.documents.find({"$where": ALL_WITH_TAGS})
    # ok: pymongo-where-javascript-injection
    escaped = db.documents.find({"$where": f"this.pages > 10 && {{}}"})
    # ok: pymongo-where-javascript-injection
    safe = db.documents.find({"tags": tag, "pages": {"$gte": 1}})
    local = "this.pages > 10"
    # ok: pymongo-where-javascript-injection
    counted = db.documents.find({"$where": local})
    # ok: pymongo-where-javascript-injection
    triple = db.documents.find({"$where": """this.pages > 1""", "owner": {"$eq": tag}})
    return [cursor, tagged, escaped, safe, counted, triple]


@app.get("/documents/search/triple")
async def triple_search(tag: str):
    # ruleid: pymongo-where-javascript-injection
    cursor = db.documents.find({"$where": f"""this.tags.indexOf('{tag}') >= 0"""})
    return cursor
