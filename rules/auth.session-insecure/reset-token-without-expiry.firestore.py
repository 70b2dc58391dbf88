# fixture-path: app/routes/auth.py
import uuid

from fastapi import APIRouter, HTTPException
from firebase_admin import firestore

router = APIRouter()
db = firestore.client()


@router.post("/forgot-password")
async def forgot_password(body: dict):
    docs = db.collection("users").where("email", "==", body["email"]).limit(1).stream()
    for d in docs:
        d.reference.update({"reset_token": str(uuid.uuid4())})
    return {"ok": True}


@router.post("/reset-password")
async def reset_password(body: dict):
    # ruleid: reset-token-without-expiry
    docs = list(db.collection("users").where("reset_token", "==", body["token"]).limit(1).stream())
    if not docs:
        raise HTTPException(400, "Invalid link")
    docs[0].reference.update({"pw": hash_pw(body["password"]), "reset_token": None})
    return {"ok": True}
