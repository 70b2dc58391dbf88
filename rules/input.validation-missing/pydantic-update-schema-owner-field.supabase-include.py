# fixture-path: app/main.py
import os
from typing import Optional

from fastapi import Depends, FastAPI
from pydantic import BaseModel
from supabase import create_client

from .deps import get_verified_user

app = FastAPI()
supabase_admin = create_client(os.environ["SUPABASE_URL"], os.environ["SUPABASE_SERVICE_ROLE_KEY"])


class ProfileUpdate(BaseModel):
    full_name: Optional[str] = None
    # ok: pydantic-update-schema-owner-field (the dump keeps only the editable fields)
    role: Optional[str] = None


@app.patch("/profile")
def update_profile(body: ProfileUpdate, user: dict = Depends(get_verified_user)):
    changes = body.model_dump(exclude_unset=True, include={"full_name"})
    res = supabase_admin.table("profiles").update(changes).eq("id", user["id"]).execute()
    return res.data[0] if res.data else {}
