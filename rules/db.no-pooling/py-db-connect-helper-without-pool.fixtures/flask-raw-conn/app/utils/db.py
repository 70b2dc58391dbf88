import os

import psycopg2
import psycopg2.extras
from psycopg2.pool import ThreadedConnectionPool

_pool = ThreadedConnectionPool(1, 10, os.environ["DATABASE_URL"])


def raw_conn():
    # ruleid: py-db-connect-helper-without-pool
    return psycopg2.connect(os.environ["DATABASE_URL"], cursor_factory=psycopg2.extras.RealDictCursor)


def pooled():
    # ok: py-db-connect-helper-without-pool (borrows from the pool)
    return _pool.getconn() or psycopg2.connect(os.environ["DATABASE_URL"])


def fetch_all(sql, params=None):
    conn = raw_conn()
    try:
        with conn.cursor() as cur:
            cur.execute(sql, params)
            return cur.fetchall()
    finally:
        conn.close()
