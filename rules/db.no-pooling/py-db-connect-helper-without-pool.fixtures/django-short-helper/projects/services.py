import os

import psycopg2
from django.conf import settings  # noqa: F401


def _pg():
    # ruleid: py-db-connect-helper-without-pool
    return psycopg2.connect(os.environ["DATABASE_URL"])


def _reporting_conn():
    # ok: py-db-connect-helper-without-pool (nothing calls it)
    return psycopg2.connect(os.environ["REPORTING_URL"])


def _admin():
    # ok: py-db-connect-helper-without-pool (called once, at module level)
    conn = psycopg2.connect(os.environ["ADMIN_DATABASE_URL"])
    conn.autocommit = True
    return conn


ADMIN = _admin()


def search_projects(user_id):
    conn = _pg()
    cur = conn.cursor()
    cur.execute("SELECT id, name FROM projects_project WHERE owner_id = %s", [user_id])
    rows = cur.fetchall()
    conn.close()
    return rows


def export_rows(path):
    # ok: py-db-connect-helper-without-pool (does more than hand back a connection)
    conn = psycopg2.connect(os.environ["DATABASE_URL"])
    with open(path, "w") as fh:
        fh.write(str(conn.server_version))
