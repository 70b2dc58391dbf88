# A route whose signature spans several lines (common with FastAPI `Depends`): the Python
# `enclosing` header the engine computes is the closing `):` line, without the decorator.
import os

import psycopg2
from fastapi import Depends, FastAPI

app = FastAPI()


@app.get("/orders")
def list_orders(
    limit: int = 20,
    user=Depends(lambda: None),
):
    # ruleid: py-db-connection-per-request
    conn = psycopg2.connect(os.environ["DATABASE_URL"])
    return conn.cursor().execute("SELECT id FROM orders LIMIT %s", (limit,))
