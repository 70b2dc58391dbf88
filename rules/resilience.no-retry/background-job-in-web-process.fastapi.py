# fixture-path: app/main.py
import asyncio
from contextlib import asynccontextmanager

from fastapi import FastAPI

from .jobs import refresh_exchange_rates


async def rates_loop():
    while True:
        await refresh_exchange_rates()
        await asyncio.sleep(600)


@asynccontextmanager
async def lifespan(app: FastAPI):
    # ruleid: background-job-in-web-process
    task = asyncio.create_task(rates_loop())
    yield
    task.cancel()


app = FastAPI(lifespan=lifespan)
