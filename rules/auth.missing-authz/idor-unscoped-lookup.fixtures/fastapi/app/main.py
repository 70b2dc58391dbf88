from fastapi import FastAPI, Depends
from app.deps import get_current_user, get_db

app = FastAPI(dependencies=[Depends(get_current_user)])


@app.get("/projects/{project_id}")
def read_project(project_id: int, db=Depends(get_db)):
    # ruleid: idor-unscoped-lookup
    return db.get(Project, project_id)


@app.get("/projects/{project_id}/owned")
def read_owned(project_id: int, user=Depends(get_current_user), db=Depends(get_db)):
    # ok: idor-unscoped-lookup
    return db.query(Project).filter(Project.id == project_id, Project.owner_id == user.id).first()
