from django.db import connection

SORT_COLUMNS = {
    "new": "created_at DESC",
    "old": "created_at ASC",
    "title": "title ASC",
}


def recent_for_owner(user_id, limit=10):
    order_by = SORT_COLUMNS["new"]
    with connection.cursor() as cur:
        # ok: py-sql-query-string-interpolation
        cur.execute(
            "SELECT id, title FROM core_document WHERE owner_id = %s ORDER BY " + order_by + " LIMIT %s",
            [user_id, int(limit)],
        )
        return cur.fetchall()


def by_sort(user_id, sort):
    order_by = SORT_COLUMNS.get(sort, SORT_COLUMNS["new"])
    with connection.cursor() as cur:
        # ok: py-sql-query-string-interpolation
        cur.execute("SELECT id, title FROM core_document WHERE owner_id = %s ORDER BY " + order_by, [user_id])
        return cur.fetchall()


def by_direction(user_id, newest_first):
    direction = "DESC" if newest_first else "ASC"
    with connection.cursor() as cur:
        # ok: py-sql-query-string-interpolation
        cur.execute("SELECT id FROM core_document WHERE owner_id = %s ORDER BY created_at " + direction, [user_id])
        return cur.fetchall()


def by_raw_sort(user_id, sort):
    with connection.cursor() as cur:
        # ruleid: py-sql-query-string-interpolation
        cur.execute("SELECT id, title FROM core_document WHERE owner_id = %s ORDER BY " + sort, [user_id])
        return cur.fetchall()


def by_column(user_id, sort):
    order_by = sort.strip() or "created_at"
    with connection.cursor() as cur:
        # ruleid: py-sql-query-string-interpolation
        cur.execute("SELECT id FROM core_document WHERE owner_id = %s ORDER BY " + order_by + " LIMIT 10", [user_id])
        return cur.fetchall()


def by_title(term):
    order_by = SORT_COLUMNS["title"]
    with connection.cursor() as cur:
        # ruleid: py-sql-query-string-interpolation
        cur.execute("SELECT id FROM core_document WHERE title = '" + term + "' ORDER BY " + order_by)
        return cur.fetchall()
