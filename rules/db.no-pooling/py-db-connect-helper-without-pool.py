import os
from contextlib import contextmanager

import psycopg2
import pymysql
from fastapi import Depends, FastAPI
from psycopg2 import pool as pg_pool

api = FastAPI()
DSN = os.environ["DATABASE_URL"]


def get_db_connection():
    # ruleid: py-db-connect-helper-without-pool
    conn = psycopg2.connect(DSN)
    return conn


@contextmanager
def get_connection():
    connection = None
    try:
        # ruleid: py-db-connect-helper-without-pool
        connection = psycopg2.connect(host=os.environ["PGHOST"], dbname="shop", user="shop", password=os.environ["PGPASSWORD"])
        yield connection
        connection.commit()
    finally:
        if connection:
            connection.close()


def connect_db():
    # ruleid: py-db-connect-helper-without-pool
    return pymysql.connect(host="db", user="app", password=os.environ["MYSQL_PASSWORD"], database="app")


@api.get("/orders")
def orders(conn=Depends(get_db_connection)):
    cur = conn.cursor()
    cur.execute("SELECT id, total FROM orders")
    return cur.fetchall()


_shared = None


def get_shared_connection():
    global _shared
    if _shared is None:
        # ok: py-db-connect-helper-without-pool
        _shared = psycopg2.connect(DSN)
    return _shared


_pool = pg_pool.ThreadedConnectionPool(1, 10, DSN)


def get_db():
    # ok: py-db-connect-helper-without-pool
    conn = _pool.getconn() or psycopg2.connect(DSN)
    return conn


def export_report(path):
    # ok: py-db-connect-helper-without-pool
    conn = psycopg2.connect(DSN)
    with open(path, "w") as fh:
        fh.write(str(conn.server_version))
