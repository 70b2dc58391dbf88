from fastapi import FastAPI, Depends, Request
from app.db import supabase_admin
from app.auth import get_current_user

app = FastAPI()


# ruleid: service-role-without-auth
@app.post("/credits/grant")
async def grant(request: Request):
    body = await request.json()
    supabase_admin.table("credits").insert({"user_id": body["user_id"], "amount": 100}).execute()
    return {"ok": True}


# ok: service-role-without-auth
@app.get("/credits")
def my_credits(user=Depends(get_current_user)):
    return supabase_admin.table("credits").select("*").eq("user_id", user.id).execute().data


def pick_role(data: dict):
    # ruleid: service-role-without-auth
    role = data.get("role", "admin")
    return role
