# fixture-path: backend/database.py
import os

import psycopg2


def get_connection():
    # ruleid: py-db-connect-helper-without-pool
    return psycopg2.connect(os.environ["DATABASE_URL"])
