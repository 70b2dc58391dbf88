from bson import ObjectId
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient(os.environ["MONGO_URL"]).app


@app.post("/login")
def login():
    data = request.get_json()
    # ruleid: pymongo-query-from-request-data
    user = db.users.find_one({"username": data["username"], "password": data["password"]})
    return {"ok": bool(user)}


@app.get("/search")
def search():
    # ruleid: pymongo-query-from-request-data
    items = list(db.items.find(request.args.to_dict()))
    # ruleid: pymongo-query-from-request-data
    more = list(db.items.find({"owner": request.json["owner"]}))
    # ok: pymongo-query-from-request-data
    safe = list(db.items.find({"owner": str(request.args.get("owner"))}))
    return {"items": items, "more": more, "safe": safe}


@app.post("/filter")
def filt():
    query = request.get_json()
    # ruleid: pymongo-query-from-request-data
    return {"n": db.items.count_documents(query)}


@app.get("/item/<item_id>")
def item(item_id):
    # ok: pymongo-query-from-request-data
    return db.items.find_one({"_id": ObjectId(item_id)})


@app.post("/login2")
def login2():
    body = LoginBody.model_validate(request.get_json())
    # ok: pymongo-query-from-request-data
    user = db.users.find_one({"username": body.username})
    return {"ok": bool(user)}


def no_request(name):
    # ok: pymongo-query-from-request-data
    return db.users.find_one({"name": name})
