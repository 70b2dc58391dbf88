import os

import psycopg2
from psycopg2.pool import ThreadedConnectionPool

DSN = os.environ.get("DATABASE_URL", "postgres://localhost/app")
POOL = ThreadedConnectionPool(1, 10, DSN)


def doc_counts(owner_id):
    # ruleid: py-db-connect-in-function-called-per-request
    conn = psycopg2.connect(DSN)
    try:
        cur = conn.cursor()
        cur.execute("SELECT project_id, count(*) FROM projects_document WHERE owner_id = %s GROUP BY 1", [owner_id])
        return cur.fetchall()
    finally:
        conn.close()


def project_totals(owner_id):
    conn = POOL.getconn()
    try:
        cur = conn.cursor()
        cur.execute("SELECT count(*) FROM projects_project WHERE owner_id = %s", [owner_id])
        return cur.fetchone()
    finally:
        POOL.putconn(conn)


def rebuild_stats():
    # ok: py-db-connect-in-function-called-per-request
    conn = psycopg2.connect(DSN)
    with conn, conn.cursor() as cur:
        cur.execute("REFRESH MATERIALIZED VIEW doc_stats")
    conn.close()


def get_db_connection():
    # ok: py-db-connect-in-function-called-per-request
    return psycopg2.connect(DSN)
