import os
import sqlite3

import pandas as pd
import psycopg2
from psycopg2 import sql

TABLE = "users"


def find_user(conn, username, user_id, ids, name, column):
    cur = conn.cursor()
    # ruleid: py-sql-query-string-interpolation
    cur.execute(f"SELECT * FROM users WHERE username = '{username}'")
    # ruleid: py-sql-query-string-interpolation
    cur.execute("SELECT * FROM users WHERE id = %s" % user_id)
    # ruleid: py-sql-query-string-interpolation
    cur.execute("SELECT * FROM users WHERE name = '{}'".format(name))
    # ruleid: py-sql-query-string-interpolation
    cur.execute("SELECT * FROM users WHERE id = " + str(user_id))
    query = f"DELETE FROM sessions WHERE user_id = {user_id}"
    # ruleid: py-sql-query-string-interpolation
    cur.execute(query)
    # ruleid: py-sql-query-string-interpolation
    df = pd.read_sql(f"SELECT * FROM orders WHERE customer = '{name}'", conn)
    # ruleid: py-sql-query-string-interpolation
    cur.execute(f"SELECT * FROM users ORDER BY {column}")

    # ok: py-sql-query-string-interpolation
    cur.execute("SELECT * FROM users WHERE username = %s", (username,))
    # ok: py-sql-query-string-interpolation
    cur.execute("SELECT * FROM users WHERE username = ?", (username,))
    safe = "SELECT * FROM users WHERE id = %(id)s"
    # ok: py-sql-query-string-interpolation
    cur.execute(safe, {"id": user_id})
    # ok: py-sql-query-string-interpolation
    cur.execute(f"SELECT * FROM {TABLE} WHERE id = %s", (user_id,))
    placeholders = ",".join("?" * len(ids))
    # ok: py-sql-query-string-interpolation
    cur.execute(f"SELECT * FROM users WHERE id IN ({placeholders})", ids)
    # ok: py-sql-query-string-interpolation
    cur.execute("SELECT * FROM users WHERE id IN (%s)" % ",".join(["%s"] * len(ids)), ids)
    # ok: py-sql-query-string-interpolation
    cur.execute(sql.SQL("SELECT * FROM {} WHERE id = %s").format(sql.Identifier(column)), (user_id,))
    # ok: py-sql-query-string-interpolation
    cur.execute("SELECT * FROM users WHERE id = %s" , [user_id])
    # ok: py-sql-query-string-interpolation
    job.execute(f"Processing {name}")
    # ok: py-sql-query-string-interpolation
    df = pd.read_sql("SELECT * FROM orders WHERE customer = %(c)s", conn, params={"c": name})
    return df


async def with_asyncpg(conn, email):
    # ruleid: py-sql-query-string-interpolation
    row = await conn.fetchrow(f"SELECT * FROM users WHERE email = '{email}'")
    # ok: py-sql-query-string-interpolation
    row = await conn.fetchrow("SELECT * FROM users WHERE email = $1", email)
    return row


def triple(cur, name, path):
    # ruleid: py-sql-query-string-interpolation
    cur.execute(
        f"""
        SELECT id, email
        FROM users
        WHERE name = '{name}'
        """
    )
    # ok: py-sql-query-string-interpolation
    cur.execute(
        """
        SELECT id, email FROM users WHERE name = %s
        """,
        (name,),
    )
    # ok: py-sql-query-string-interpolation
    cur.execute(open(path).read())
    # ok: py-sql-query-string-interpolation
    cur.execute(load_query("select_users"), (name,))


def login_by_email_or_name(cursor, login, password_hash):
    if "@" in login:
        column = "email"
    else:
        column = "username"
    # ok: py-sql-query-string-interpolation
    cursor.execute(f"SELECT id FROM accounts WHERE {column} = ? AND pw_hash = ?", (login, password_hash))
    return cursor.fetchone()


def list_products(cur, sort, direction):
    if sort not in ("name", "price", "created_at"):
        raise ValueError("bad sort")
    direction = "DESC" if direction == "desc" else "ASC"
    # ok: py-sql-query-string-interpolation
    cur.execute(f"SELECT * FROM products ORDER BY {sort} {direction}")
    return cur.fetchall()


def search_products(cur, sort, term):
    if sort not in ("name", "price"):
        raise ValueError("bad sort")
    # ruleid: py-sql-query-string-interpolation
    cur.execute(f"SELECT * FROM products WHERE name LIKE '%{term}%' ORDER BY {sort}")
    return cur.fetchall()


ALLOWED_SORT_COLUMNS = {"starts_at", "created_at", "title"}


def upcoming_sessions(db, sort, user_id):
    # Column names cannot be bound as parameters: a conditional expression keeps the allowlisted ones.
    column = sort if sort in ALLOWED_SORT_COLUMNS else "starts_at"
    # ok: py-sql-query-string-interpolation
    return db.execute(f"SELECT * FROM sessions WHERE user_id = ? ORDER BY {column}", (user_id,)).fetchall()


def past_sessions(db, sort, user_id):
    column = "starts_at" if sort not in {"starts_at", "title"} else sort
    # ok: py-sql-query-string-interpolation
    return db.execute(f"SELECT * FROM sessions WHERE user_id = ? ORDER BY {column} DESC", (user_id,)).fetchall()


def sessions_by_room(db, sort, user_id):
    # The conditional expression keeps a value the caller chose when it is not in the list.
    column = sort if sort else "starts_at"
    # ruleid: py-sql-query-string-interpolation
    return db.execute(f"SELECT * FROM sessions WHERE user_id = ? ORDER BY {column}", (user_id,)).fetchall()


def list_orders(cur, sort):
    # ruleid: py-sql-query-string-interpolation
    cur.execute(f"SELECT * FROM orders ORDER BY {sort}")
    return cur.fetchall()


def filter_tickets(cur, state, owner):
    conditions = []
    args = []
    if state:
        conditions.append("state = ?")
        args.append(state)
    if owner:
        conditions.append("owner_id = ?")
        args.append(owner)
    where = ("WHERE " + " AND ".join(conditions)) if conditions else ""
    # ok: py-sql-query-string-interpolation
    cur.execute(f"SELECT * FROM tickets {where} ORDER BY id DESC", args)
    return cur.fetchall()


USE_POSTGRES = bool(os.environ.get("DATABASE_URL"))


def bind_marker():
    return "%s" if USE_POSTGRES else "?"


def dual_driver_queries(db, member_id, city, nickname, limit):
    cur = db.cursor()
    p = bind_marker()
    # ok: py-sql-query-string-interpolation
    cur.execute(f"SELECT id, nickname FROM members WHERE id = {p} AND city = {p}", (member_id, city))
    # ok: py-sql-query-string-interpolation
    cur.execute(f'''
        INSERT INTO visits (member_id, city, kind)
        VALUES ({p}, {p}, 'walk-in')
    ''', (member_id, city))
    listing = f"""
        SELECT m.id, m.nickname FROM members m
        WHERE m.city = {p} AND m.status = 'active' ORDER BY m.id DESC
    """
    # ok: py-sql-query-string-interpolation
    cur.execute(listing, (city,))
    # ruleid: py-sql-query-string-interpolation
    cur.execute(f"SELECT id FROM members WHERE city = {p} AND nickname = '{nickname}'", (city,))
    # ruleid: py-sql-query-string-interpolation
    cur.execute(f"SELECT id FROM members WHERE nickname = '{p}'", (nickname,))
    # ruleid: py-sql-query-string-interpolation
    cur.execute(f"SELECT id FROM members WHERE city = {p} LIMIT {limit}", (city,))
    return cur.fetchall()


def add_column_if_missing(cur, table, column, ddl_type, default):
    try:
        # ok: py-sql-query-string-interpolation
        cur.execute(f"ALTER TABLE {table} ADD COLUMN {column} {ddl_type}")
    except Exception:
        pass
    # ruleid: py-sql-query-string-interpolation
    cur.execute(f"ALTER TABLE {table} ADD COLUMN {column} TEXT DEFAULT '{default}'")


async def search_tasks(q: str, session):
    query = text(f"SELECT * FROM task WHERE title ILIKE '%{q}%'")
    # Reported once, where `text()` is built (sqlalchemy-text-string-interpolation).
    # ok: py-sql-query-string-interpolation
    result = await session.execute(query)
    return result


async def add_contact(body, conn):
    data = body.model_dump()
    cols = ", ".join(data.keys())
    placeholders = ", ".join(f"${i}" for i in range(1, len(data) + 1))
    # ok: py-sql-query-string-interpolation
    await conn.execute(f"INSERT INTO contacts ({cols}) VALUES ({placeholders})", *data.values())


async def add_contact_raw(payload: dict, conn):
    cols = ", ".join(payload.keys())
    placeholders = ", ".join(f"${i}" for i in range(1, len(payload) + 1))
    # ruleid: py-sql-query-string-interpolation
    await conn.execute(f"INSERT INTO contacts ({cols}) VALUES ({placeholders})", *payload.values())


async def search_users(db, email: str, name: str):
    stmt = select(User).order_by(User.id)
    if email:
        # The f-string is the value of `ilike`: SQLAlchemy binds it.
        stmt = stmt.where(User.email.ilike(f"%{email}%"))
    # ok: py-sql-query-string-interpolation
    result = await db.execute(stmt)
    # A raw SQL fragment is not a bound value.
    raw = stmt.where(f"name LIKE '%{name}%'")
    # ruleid: py-sql-query-string-interpolation
    rows = await db.execute(raw)
    return result, rows
