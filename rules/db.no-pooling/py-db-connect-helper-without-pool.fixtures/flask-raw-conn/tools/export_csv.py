"""Dumps the clients table to CSV; run by hand."""
import csv
import os
import sys

import psycopg2


def _pg():
    # ok: py-db-connect-helper-without-pool (a one-off script, not the web app)
    return psycopg2.connect(os.environ["DATABASE_URL"])


def main():
    conn = _pg()
    with conn.cursor() as cur:
        cur.execute("SELECT id, name FROM clients")
        csv.writer(sys.stdout).writerows(cur.fetchall())


if __name__ == "__main__":
    main()
