from datetime import datetime

from fastapi import FastAPI
from sqlalchemy import text
from sqlmodel import Field, Session, SQLModel, create_engine, select

engine = create_engine("sqlite:///app.db")
app = FastAPI()
SORTS = {"starts_at": "starts_at", "id": "id"}


class Appointment(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    patient_id: int
    starts_at: datetime


def _order_clause(sort: str) -> str:
    direction = "DESC" if sort.startswith("-") else "ASC"
    return f"{sort.lstrip('-')} {direction}"


def _checked_order(sort: str) -> str:
    column = SORTS.get(sort.lstrip("-"), "starts_at")
    return f"{column} {'DESC' if sort.startswith('-') else 'ASC'}"


def _ilike(column: str, value: str) -> str:
    return column + " ILIKE '%" + value + "%'"


def _active_only() -> str:
    return "deleted_at IS NULL"


@app.get("/appointments")
def list_appointments(patient_id: int, sort: str = "-starts_at"):
    with Session(engine) as session:
        stmt = (
            select(Appointment)
            .where(Appointment.patient_id == patient_id)
            # ruleid: sqlalchemy-text-from-formatting-helper
            .order_by(text(_order_clause(sort)))
        )
        return session.exec(stmt).all()


@app.get("/appointments/checked")
def list_checked(sort: str = "-starts_at"):
    with Session(engine) as session:
        # ok: sqlalchemy-text-from-formatting-helper (the helper maps the key onto fixed columns)
        return session.exec(select(Appointment).order_by(text(_checked_order(sort)))).all()


@app.get("/appointments/search")
def search(q: str = ""):
    with Session(engine) as session:
        # ruleid: sqlalchemy-text-from-formatting-helper
        return session.exec(select(Appointment).where(text(_ilike("notes", q)))).all()


@app.get("/appointments/active")
def active():
    with Session(engine) as session:
        # ok: sqlalchemy-text-from-formatting-helper (the helper returns a fixed string)
        return session.exec(select(Appointment).where(text(_active_only()))).all()


@app.get("/appointments/by-date")
def by_date():
    with Session(engine) as session:
        # ok: sqlalchemy-text-from-formatting-helper (only a constant goes in)
        return session.exec(select(Appointment).order_by(text(_order_clause("-starts_at")))).all()
