import os
from contextlib import asynccontextmanager

import asyncpg
from fastapi import Depends, FastAPI

DSN = os.environ["DATABASE_URL"]


@asynccontextmanager
async def lifespan(app):
    app.state.admin_conn = await _admin_conn()
    app.state.pool = await asyncpg.create_pool(DSN)
    yield
    await app.state.pool.close()


app = FastAPI(lifespan=lifespan)


async def _conn():
    # ruleid: py-db-connect-helper-without-pool
    return await asyncpg.connect(DSN)


async def get_db():
    # ruleid: py-db-connect-helper-without-pool
    conn = await asyncpg.connect(DSN)
    try:
        yield conn
    finally:
        await conn.close()


async def _admin_conn():
    # ok: py-db-connect-helper-without-pool (opened once, at startup)
    return await asyncpg.connect(DSN)


async def _migrate():
    # ok: py-db-connect-helper-without-pool (a helper nothing calls)
    return await asyncpg.connect(DSN)


async def get_pooled():
    # ok: py-db-connect-helper-without-pool (borrowed from the pool)
    async with app.state.pool.acquire() as conn:
        yield conn


@app.get("/stats")
async def stats(db=Depends(get_db)):
    conn = await _conn()
    try:
        return {"n": await conn.fetchval("SELECT count(*) FROM projects")}
    finally:
        await conn.close()
