from fastapi import APIRouter, Depends, HTTPException
from sqlmodel import Session, select

from ..db import get_session
from ..deps import current_user
from ..models import Note, User
from ..schemas import NoteUpdate

router = APIRouter(prefix="/notes")


@router.patch("/{note_id}")
def update_note(note_id: int, payload: NoteUpdate, user: User = Depends(current_user), db: Session = Depends(get_session)):
    note = db.exec(select(Note).where(Note.id == note_id, Note.owner_id == user.id)).first()
    if note is None:
        raise HTTPException(status_code=404)
    note.sqlmodel_update(payload.model_dump(exclude_unset=True, exclude={"owner_id"}))
    db.add(note)
    db.commit()
    return note
