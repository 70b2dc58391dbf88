# fixture-path: check_orders.py
"""Prints yesterday's orders; run by hand."""
import os

import psycopg2


def get_db_connection():
    # ok: py-db-connect-helper-without-pool
    return psycopg2.connect(os.environ["DATABASE_URL"])


if __name__ == "__main__":
    with get_db_connection() as conn:
        print(conn.server_version)
