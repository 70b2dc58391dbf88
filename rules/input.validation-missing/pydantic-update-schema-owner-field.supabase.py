# fixture-path: app/main.py
import os
from typing import Optional

from fastapi import Depends, FastAPI
from pydantic import BaseModel, EmailStr
from supabase import create_client

from .deps import get_verified_user

app = FastAPI()
supabase_admin = create_client(os.environ["SUPABASE_URL"], os.environ["SUPABASE_SERVICE_ROLE_KEY"])


class ProfileUpdate(BaseModel):
    full_name: Optional[str] = None
    avatar_url: Optional[str] = None
    # ruleid: pydantic-update-schema-owner-field
    role: Optional[str] = None


class SignupIn(BaseModel):
    email: EmailStr
    full_name: str
    # ruleid: pydantic-update-schema-owner-field
    plan: str = "free"


class ProfileOut(BaseModel):
    full_name: str
    # ok: pydantic-update-schema-owner-field (a response schema)
    role: str


@app.patch("/profile")
def update_profile(body: ProfileUpdate, user: dict = Depends(get_verified_user)):
    changes = body.model_dump(exclude_unset=True)
    res = supabase_admin.table("profiles").update(changes).eq("id", user["id"]).execute()
    return res.data[0] if res.data else {}


@app.post("/signup")
def signup(body: SignupIn):
    auth = supabase_admin.auth.sign_up({"email": body.email, "password": os.urandom(16).hex()})
    supabase_admin.table("profiles").insert({"id": auth.user.id, **body.model_dump(exclude={"email"})}).execute()
    supabase_admin.table("profiles").upsert(body.model_dump()).execute()
    return {"ok": True}
