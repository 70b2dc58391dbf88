from fastapi import Depends, FastAPI, HTTPException
from flask import Flask, request
from motor.motor_asyncio import AsyncIOMotorClient

app = FastAPI()
flask_app = Flask(__name__)
db = AsyncIOMotorClient(MONGO_URL)["docvault"]


@app.post("/auth/register", status_code=201)
async def register(payload: dict):
    user = {
        "email": str(payload.get("email", "")).lower(),
        "password_hash": hash_password(payload["password"]),
        # ruleid: py-privilege-field-from-request
        "role": payload.get("role", "member"),
    }
    result = await db.users.insert_one(user)
    return {"id": str(result.inserted_id)}


@flask_app.post("/profile")
def update_profile():
    data = request.get_json()
    user = User.query.get(g.user_id)
    user.name = data.get("name")
    # ruleid: py-privilege-field-from-request
    user.is_admin = data.get("is_admin", False)
    db.session.commit()
    return {"ok": True}


@flask_app.post("/signup")
def signup():
    # ruleid: py-privilege-field-from-request
    u = User(email=request.json["email"], role=request.json.get("role"))
    db.session.add(u)
    db.session.commit()
    return {"id": u.id}


@app.post("/auth/register-safe", status_code=201)
async def register_safe(payload: dict):
    # ok: py-privilege-field-from-request
    role = payload.get("role", "member")
    if role not in ("member", "viewer"):
        raise HTTPException(status_code=400, detail="invalid role")
    await db.users.insert_one({"email": payload["email"], "role": role})
    return {"ok": True}


@app.post("/admin/users")
async def admin_create_user(payload: dict, admin=Depends(require_admin)):
    # ok: py-privilege-field-from-request
    await db.users.insert_one({"email": payload["email"], "role": payload["role"]})
    return {"ok": True}


@app.post("/chat")
async def chat(body: dict):
    # ok: py-privilege-field-from-request
    msg = {"role": body["role"], "content": body["content"]}
    await db.messages.insert_one(msg)
    return {"ok": True}


@app.get("/users")
async def list_users(params: dict):
    # ok: py-privilege-field-from-request
    query = {"role": params.get("role")}
    return [u async for u in db.users.find(query)]


def seed_user(data):
    # ok: py-privilege-field-from-request
    db.users.insert_one({"email": data["email"], "role": data["role"]})
