import os

import psycopg2
from psycopg2.extras import RealDictCursor


def fetch_all(sql, params=None):
    conn = psycopg2.connect(os.environ["DATABASE_URL"])
    try:
        with conn.cursor(cursor_factory=RealDictCursor) as cur:
            cur.execute(sql, params)
            return cur.fetchall()
    finally:
        conn.close()


def query_cache(key):
    """Looks a key up in the in-process cache; no SQL involved."""
    return _CACHE.get(key)


_CACHE = {}
