from fastapi import Depends, FastAPI
from pydantic import BaseModel

from db import get_db

app = FastAPI()


class UserCreate(BaseModel):
    email: str
    password_hash: str
    # ruleid: pydantic-update-schema-owner-field
    role: str = "user"


class ProjectCreate(BaseModel):
    name: str
    # ok: pydantic-update-schema-owner-field (an owner id in a create schema is checked by the route)
    team_id: int


class InviteCreate(BaseModel):
    email: str
    # ok: pydantic-update-schema-owner-field (the role is set to a constant in the SQL)
    role: str = "member"


@app.post("/register")
async def register(body: UserCreate, conn=Depends(get_db)):
    data = body.model_dump()
    row = await conn.fetchrow(
        "INSERT INTO users (email, password_hash, role) VALUES ($1, $2, $3) RETURNING id",
        data["email"], data["password_hash"], data["role"],
    )
    return dict(row)


@app.post("/projects")
async def create_project(body: ProjectCreate, conn=Depends(get_db)):
    await conn.execute("INSERT INTO projects (name, team_id) VALUES ($1, $2)", body.name, body.team_id)


@app.post("/invites")
async def invite(body: InviteCreate, conn=Depends(get_db)):
    await conn.execute("INSERT INTO invites (email, role) VALUES ($1, 'member')", body.email)
