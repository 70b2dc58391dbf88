from fastapi import APIRouter, Depends
from pydantic import BaseModel
from passlib.context import CryptContext

from app.deps import get_current_user

router = APIRouter(prefix="/admin")
pwd = CryptContext(schemes=["bcrypt"])


class NewUser(BaseModel):
    email: str
    password: str
    is_admin: bool = False


# Hashing a password does not make this a public sign-up: it is an admin route.
# ruleid: endpoint-missing-auth
@router.post("/users")
async def create_user(body: NewUser):
    user = {"email": body.email, "hashed_password": pwd.hash(body.password), "is_admin": body.is_admin}
    await db.users.insert_one(user)
    return {"ok": True}


# ok: endpoint-missing-auth
@router.post("/users/invite")
async def invite_user(body: NewUser, user=Depends(get_current_user)):
    await db.invites.insert_one({"email": body.email, "password_hash": pwd.hash(body.password)})
    return {"ok": True}
