from fastapi import FastAPI, Depends
from app.routers import tasks, public, admin
from app.deps import get_current_user

app = FastAPI()
app.include_router(tasks.router, prefix="/tasks", dependencies=[Depends(get_current_user)])
app.include_router(public.router, prefix="/public")
app.include_router(admin.router)
