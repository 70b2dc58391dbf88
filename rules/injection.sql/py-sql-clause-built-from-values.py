import sqlite3

from sqlalchemy import text


def search_products(conn, category=None, max_price=None, name=None, tag_ids=None):
    conditions = []
    params = []
    if category:
        # ruleid: py-sql-clause-built-from-values
        conditions.append(f"category = '{category}'")
    if max_price:
        # ruleid: py-sql-clause-built-from-values
        conditions.append(f"price <= {max_price}")
    if name:
        # ruleid: py-sql-clause-built-from-values
        conditions.append(f"name LIKE '%{name}%'")
        # ok: py-sql-clause-built-from-values
        conditions.append("name LIKE ?")
        params.append(f"%{name}%")
    if tag_ids:
        # ok: py-sql-clause-built-from-values
        conditions.append(f"tag_id IN ({','.join('?' * len(tag_ids))})")
        params.extend(tag_ids)
    where = " AND ".join(conditions) or "1=1"
    return conn.execute(f"SELECT * FROM products WHERE {where}", params).fetchall()


def orders_for(db, status, user_id, days):
    where = "WHERE 1 = 1"
    params = {}
    if status:
        # ruleid: py-sql-clause-built-from-values
        where += f" AND status = '{status}'"
        # ok: py-sql-clause-built-from-values
        where += " AND status = :status"
        params["status"] = status
    # ruleid: py-sql-clause-built-from-values
    owner_clause = f"owner_id = {user_id}"
    # ok: py-sql-clause-built-from-values
    where += f" AND created_at > now() - interval '{int(days)} days'"
    # ok: py-sql-clause-built-from-values
    where += f" AND region = '{DEFAULT_REGION}'"
    for i, tag in enumerate(["a", "b"]):
        # ok: py-sql-clause-built-from-values
        where += f" OR tag = :tag{i}"
    return db.execute(text(f"SELECT * FROM orders {where} AND {owner_clause}"), params).all()


def report(rows):
    lines = []
    for r in rows:
        # ok: py-sql-clause-built-from-values
        lines.append(f"user = {r.user}")
    # ok: py-sql-clause-built-from-values
    print(f"where user = {rows[0].user}")
    return lines


def api_url(conn, page, q):
    query_args = []
    # ok: py-sql-clause-built-from-values
    query_args.append(f"page={page}")
    # ok: py-sql-clause-built-from-values
    query_args.append(f"q={q}")
    conn.execute("INSERT INTO fetch_log (url) VALUES (?)", ("&".join(query_args),))


def edit_listing(conn, listing_id, title, price, keyword, use_pg):
    marker = "%s" if use_pg else "?"
    p = marker
    sets, values = [], []
    if title:
        # ok: py-sql-clause-built-from-values
        sets.append(f"title = {p}")
        values.append(title)
    if price is not None:
        # ok: py-sql-clause-built-from-values
        sets.append(f"price = {p}")
        values.append(price)
    sql = f"SELECT id FROM listings WHERE owner_id = {p}"
    if keyword:
        # ok: py-sql-clause-built-from-values
        sql += f" AND (LOWER(title) LIKE {p} OR LOWER(body) LIKE {p})"
        # ruleid: py-sql-clause-built-from-values
        sql += f" AND tag = '{keyword}'"
        # ruleid: py-sql-clause-built-from-values
        sets.append(f"title = '{p}'")
    values.append(listing_id)
    conn.execute(f"UPDATE listings SET {', '.join(sets)} WHERE id = {p}", tuple(values))
    return conn.execute(sql, (listing_id,)).fetchall()


def invoices_for(conn, user_id, status, q, ids):
    where = "1 = 1"
    params = []
    if status:
        # ruleid: py-sql-clause-built-from-values
        where += " AND status = '" + status + "'"
        # ok: py-sql-clause-built-from-values
        where += " AND status = %s"
        params.append(status)
    if q:
        # ruleid: py-sql-clause-built-from-values
        where += " AND (number ILIKE '%" + q + "%')"
    conditions = []
    # ruleid: py-sql-clause-built-from-values
    conditions.append("owner_id = " + str(user_id))
    # ok: py-sql-clause-built-from-values
    conditions.append("owner_id = " + "%s")
    # ok: py-sql-clause-built-from-values
    where += " AND id IN (" + placeholders + ")"
    # ok: py-sql-clause-built-from-values
    where += " AND region = '" + DEFAULT_REGION + "'"
    # ok: py-sql-clause-built-from-values
    where += " AND created_at > now() - interval '" + int(days) + " days'"
    return conn.execute("SELECT * FROM invoices WHERE " + where + " AND " + " AND ".join(conditions), params).fetchall()
