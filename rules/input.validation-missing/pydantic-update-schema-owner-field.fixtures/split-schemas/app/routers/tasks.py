from fastapi import APIRouter, Depends, HTTPException
from sqlmodel import Session, select

from ..db import get_session
from ..deps import current_user
from ..models import Task, User
from ..schemas import TaskOut, TaskUpdate

router = APIRouter(prefix="/tasks")


@router.patch("/{task_id}", response_model=TaskOut)
def update_task(task_id: int, payload: TaskUpdate, user: User = Depends(current_user), db: Session = Depends(get_session)):
    task = db.exec(select(Task).where(Task.id == task_id, Task.owner_id == user.id)).first()
    if task is None:
        raise HTTPException(status_code=404)
    for key, value in payload.model_dump(exclude_unset=True).items():
        setattr(task, key, value)
    db.add(task)
    db.commit()
    return task
