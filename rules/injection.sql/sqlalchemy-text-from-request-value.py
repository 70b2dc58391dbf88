from typing import Literal

from fastapi import Depends, FastAPI
from flask import Blueprint, request
from sqlalchemy import literal_column, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from db import Order, get_current_user, get_db

app = FastAPI()
bp = Blueprint("orders", __name__)
SORTS = {"created_at": "created_at", "total": "total"}
ALLOWED_SORTS = {"created_at", "total"}


@app.get("/api/orders")
async def list_orders(sort: str = "created_at desc", user=Depends(get_current_user), db: AsyncSession = Depends(get_db)):
    stmt = select(Order).where(Order.user_id == user.id)
    # ruleid: sqlalchemy-text-from-request-value
    stmt = stmt.order_by(text(sort))
    return (await db.scalars(stmt)).all()


@app.get("/api/orders/by")
async def list_orders_by(column: str, db: AsyncSession = Depends(get_db)):
    # ruleid: sqlalchemy-text-from-request-value
    return (await db.scalars(select(Order).order_by(literal_column(column)))).all()


@bp.get("/orders")
def orders_flask():
    sort = request.args.get("sort", "created_at")
    # ruleid: sqlalchemy-text-from-request-value
    return Order.query.order_by(text(sort)).all()


@bp.get("/orders/filter")
def orders_filter():
    # ruleid: sqlalchemy-text-from-request-value
    return Order.query.filter(text(request.args["where"])).all()


@app.get("/api/orders/safe")
async def list_orders_safe(sort: str = "created_at", db: AsyncSession = Depends(get_db)):
    sort = SORTS.get(sort, "created_at")
    # ok: sqlalchemy-text-from-request-value
    return (await db.scalars(select(Order).order_by(text(sort)))).all()


@app.get("/api/orders/literal")
async def list_orders_literal(sort_field: Literal["created_at", "total"] = "created_at", db: AsyncSession = Depends(get_db)):
    # ok: sqlalchemy-text-from-request-value
    return (await db.scalars(select(Order).order_by(text(sort_field)))).all()


@bp.get("/orders/checked")
def orders_checked():
    sort = request.args.get("sort", "created_at")
    if sort not in ALLOWED_SORTS:
        return {"error": "bad sort"}, 400
    # ok: sqlalchemy-text-from-request-value
    return Order.query.order_by(text(sort)).all()


def apply_sort(stmt, sort):
    # ok: sqlalchemy-text-from-request-value
    return stmt.order_by(text(sort))


@app.get("/api/orders/recent")
async def recent(db: AsyncSession = Depends(get_db)):
    # ok: sqlalchemy-text-from-request-value
    return (await db.scalars(select(Order).order_by(text("created_at DESC")))).all()
