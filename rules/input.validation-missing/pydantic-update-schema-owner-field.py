from typing import Optional

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel
from sqlmodel import Session, select

from db import Task, User, get_current_user, get_session

app = FastAPI()


class TaskCreate(BaseModel):
    title: str
    # ok: pydantic-update-schema-owner-field (a create schema; the handler sets the owner)
    owner_id: Optional[int] = None


class TaskUpdate(BaseModel):
    title: Optional[str] = None
    done: Optional[bool] = None
    # ruleid: pydantic-update-schema-owner-field
    owner_id: Optional[int] = None


class ProfileUpdate(BaseModel):
    name: Optional[str] = None
    # ruleid: pydantic-update-schema-owner-field
    role: Optional[str] = None


class AdminUserUpdate(BaseModel):
    # ok: pydantic-update-schema-owner-field (admin-only schema)
    role: Optional[str] = None


class TaskOut(BaseModel):
    id: int
    # ok: pydantic-update-schema-owner-field (a response schema)
    owner_id: int


@app.patch("/tasks/{task_id}")
def update_task(task_id: int, body: TaskUpdate, user: User = Depends(get_current_user), session: Session = Depends(get_session)):
    task = session.exec(select(Task).where(Task.id == task_id, Task.owner_id == user.id)).first()
    if not task:
        raise HTTPException(status_code=404)
    task.sqlmodel_update(body.model_dump(exclude_unset=True))
    session.add(task)
    session.commit()
    return task


@app.patch("/me")
def update_me(body: ProfileUpdate, user: User = Depends(get_current_user), session: Session = Depends(get_session)):
    for key, value in body.model_dump(exclude_unset=True).items():
        setattr(user, key, value)
    session.commit()
    return user
