from fastapi import FastAPI, Depends
from pydantic import BaseModel, Field

app = FastAPI()


class NoteIn(BaseModel):
    text: str = Field(max_length=5000)


# ok: endpoint-missing-validation
@app.post("/notes")
def create_note(note: NoteIn, user=Depends(get_current_user), db=Depends(get_db)):
    db.add(Note(text=note.text, owner_id=user.id))
    db.commit()


# ruleid: endpoint-missing-validation
@app.post("/settings")
def save_settings(payload: dict, user=Depends(get_current_user), db=Depends(get_db)):
    db.query(Settings).filter(Settings.user_id == user.id).update(payload)
    db.commit()
