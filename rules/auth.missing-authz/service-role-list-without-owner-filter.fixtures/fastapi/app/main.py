import os

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException
from supabase import create_client

app = FastAPI()
sb = create_client(os.environ["SUPABASE_URL"], os.environ["SUPABASE_SERVICE_ROLE_KEY"])


def current_user(authorization: str = Header(...)):
    try:
        return jwt.decode(authorization.removeprefix("Bearer "), os.environ["SUPABASE_JWT_SECRET"],
                          algorithms=["HS256"], audience="authenticated")
    except jwt.InvalidTokenError:
        raise HTTPException(status_code=401)


@app.get("/api/notes")
def list_notes(q: str = "", user=Depends(current_user)):
    res = (
        # ruleid: service-role-list-without-owner-filter
        sb.table("notes")
        .select("id, title, user_id")
        .ilike("title", f"%{q}%")
        .order("created_at", desc=True)
        .execute()
    )
    return res.data


@app.get("/api/notes/mine")
def my_notes(user=Depends(current_user)):
    # ok: service-role-list-without-owner-filter
    res = sb.table("notes").select("id, title, user_id").eq("user_id", user["sub"]).execute()
    return res.data


@app.get("/api/notes/shared")
def shared_notes(user=Depends(current_user)):
    # ok: service-role-list-without-owner-filter
    res = sb.table("notes").select("id, title, user_id").or_("is_public.eq.true,user_id.eq." + user["sub"]).execute()
    return res.data
