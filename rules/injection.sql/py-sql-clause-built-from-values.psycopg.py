# fixture-path: app/db.py
import psycopg2


def fetch_all(conn, sql, params=None):
    with conn.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()


def build_search_sql(term, room=None):
    # ruleid: py-sql-clause-built-from-values
    clauses = ["m.body ILIKE '%%" + term + "%%'"]
    if room:
        # ruleid: py-sql-clause-built-from-values
        clauses.append("m.room_id = %s" % room)
    return (
        "SELECT m.id, m.body FROM chat_message m WHERE "
        + " AND ".join(clauses)
        + " ORDER BY m.created_at DESC LIMIT 50"
    )


def build_search_params(term, room=None):
    # ok: py-sql-clause-built-from-values
    clauses = ["m.body ILIKE %s"]
    params = [f"%{term}%"]
    if room:
        # ok: py-sql-clause-built-from-values
        clauses.append("m.room_id = %s")
        params.append(room)
        # ok: py-sql-clause-built-from-values
        clauses.append("m.room_id = %s" % PLACEHOLDER)
    return "SELECT m.id FROM chat_message m WHERE " + " AND ".join(clauses), params
