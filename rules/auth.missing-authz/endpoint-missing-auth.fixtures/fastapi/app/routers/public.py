from fastapi import APIRouter, Depends
from app.deps import get_current_user

router = APIRouter()


# ok: endpoint-missing-auth
@router.get("/status")
def status():
    return {"ok": True}


# ruleid: endpoint-missing-auth
@router.delete("/tasks/{task_id}")
def delete_task(task_id: int, db=Depends(get_db)):
    db.query(Task).filter(Task.id == task_id).delete()
    db.commit()


# ok: endpoint-missing-auth
@router.put("/tasks/{task_id}")
def update_task(task_id: int, task: TaskIn, user=Depends(get_current_user), db=Depends(get_db)):
    db.query(Task).filter(Task.id == task_id, Task.owner_id == user["sub"]).update({"title": task.title})
