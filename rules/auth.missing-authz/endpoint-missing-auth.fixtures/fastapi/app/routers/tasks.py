from fastapi import APIRouter, Depends

router = APIRouter()


# ok: endpoint-missing-auth
@router.post("/")
def create_task(task: TaskIn, db=Depends(get_db)):
    db.add(Task(title=task.title))
    db.commit()
