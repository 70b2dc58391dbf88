from fastapi import APIRouter, Depends, HTTPException
from fastapi.security import OAuth2PasswordRequestForm

from .auth import create_access_token, get_current_user, verify_password
from .db import users

router = APIRouter()


@router.post("/auth/login")
async def login(form: OAuth2PasswordRequestForm = Depends()):
    user = await users.find_one({"email": form.username})
    if user is None:
        raise HTTPException(
            status_code=404,
            # ruleid: login-user-enumeration
            detail="User does not exist",
        )
    if not verify_password(form.password, user["hashed_password"]):
        # ok: login-user-enumeration
        raise HTTPException(status_code=401, detail="Incorrect password")
    return {"access_token": create_access_token(str(user["_id"])), "token_type": "bearer"}


@router.post("/auth/password-reset/request")
async def request_password_reset(body: ResetRequest):
    user = await users.find_one({"email": body.email})
    if not user:
        # ruleid: login-user-enumeration
        raise HTTPException(status_code=404, detail="No account with that email address")
    await send_reset_email(user)
    return {"message": "Reset link sent"}


@router.post("/auth/signin")
async def signin(body: LoginIn):
    user = await users.find_one({"email": body.email})
    # ruleid: login-user-enumeration (an "invalid email" answer in the missing-user branch)
    if not user:
        raise HTTPException(status_code=400, detail="Invalid email")
    if not verify_password(body.password, user["hashed_password"]):
        raise HTTPException(status_code=400, detail="Invalid password")
    return {"access_token": create_access_token(str(user["_id"])), "token_type": "bearer"}


@router.post("/auth/token")
async def token(form: OAuth2PasswordRequestForm = Depends()):
    user = await users.find_one({"email": form.username})
    if not user or not verify_password(form.password, user["hashed_password"]):
        # ok: login-user-enumeration
        raise HTTPException(status_code=401, detail="Incorrect email or password")
    return {"access_token": create_access_token(str(user["_id"])), "token_type": "bearer"}


@router.get("/users/{user_id}")
async def get_user(user_id: str, current=Depends(get_current_user)):
    user = await users.find_one({"_id": user_id, "email": {"$exists": True}})
    if not user:
        # ok: login-user-enumeration (a profile lookup)
        raise HTTPException(status_code=404, detail="User not found")
    return user
