import os

import psycopg2


def nightly_rollup():
    # ok: py-db-connect-in-function-called-per-request
    conn = psycopg2.connect(os.environ["DATABASE_URL"])
    with conn, conn.cursor() as cur:
        cur.execute("INSERT INTO daily_stats SELECT now()::date, count(*) FROM orders")
    conn.close()
