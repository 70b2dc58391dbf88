from typing import Optional

from pydantic import BaseModel


class TaskUpdate(BaseModel):
    title: Optional[str] = None
    done: Optional[bool] = None
    # ruleid: pydantic-update-schema-owner-field (written whole by routers/tasks.py)
    owner_id: Optional[int] = None


class NoteUpdate(BaseModel):
    body: Optional[str] = None
    # ok: pydantic-update-schema-owner-field (routers/notes.py leaves owner_id out of the dump)
    owner_id: Optional[int] = None


class ProfileUpdate(BaseModel):
    name: Optional[str] = None
    # ok: pydantic-update-schema-owner-field (routers/users.py copies only the name)
    role: Optional[str] = None


class TaskOut(BaseModel):
    id: int
    # ok: pydantic-update-schema-owner-field (a response schema)
    owner_id: int
