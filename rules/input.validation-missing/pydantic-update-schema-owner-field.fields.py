from typing import Optional

from fastapi import Depends, FastAPI
from pydantic import BaseModel

app = FastAPI()


class TaskUpdate(BaseModel):
    title: Optional[str] = None
    # ok: pydantic-update-schema-owner-field (the handler copies named fields only)
    owner_id: Optional[int] = None


@app.patch("/tasks/{task_id}")
def update_task(task_id: int, body: TaskUpdate, task=Depends(load_own_task)):
    if body.title is not None:
        task.title = body.title
    return task
