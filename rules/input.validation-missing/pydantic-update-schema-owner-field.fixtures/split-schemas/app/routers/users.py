from fastapi import APIRouter, Depends
from sqlmodel import Session

from ..db import get_session
from ..deps import current_user
from ..models import User
from ..schemas import ProfileUpdate

router = APIRouter(prefix="/me")


@router.patch("")
def update_me(payload: ProfileUpdate, user: User = Depends(current_user), db: Session = Depends(get_session)):
    if payload.name is not None:
        user.name = payload.name
    db.add(user)
    db.commit()
    return {"id": user.id, "name": user.name}
