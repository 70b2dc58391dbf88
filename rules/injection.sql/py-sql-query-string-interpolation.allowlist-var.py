from django.db import connection

SORT_ORDERS = {"newest": "m.created_at DESC", "oldest": "m.created_at ASC"}


def room_history(room_id, sort="newest", limit=50):
    order_by = SORT_ORDERS.get(sort, SORT_ORDERS["newest"])
    sql = f"SELECT m.id, m.body FROM chat_message m WHERE m.room_id = %s ORDER BY {order_by} LIMIT %s"
    with connection.cursor() as cur:
        # ok: py-sql-query-string-interpolation
        cur.execute(sql, [room_id, min(int(limit), 200)])
        return cur.fetchall()


def room_search(room_id, sort="newest", term=""):
    order_by = SORT_ORDERS.get(sort, SORT_ORDERS["newest"])
    sql = f"SELECT m.id FROM chat_message m WHERE m.body LIKE '%{term}%' ORDER BY {order_by}"
    with connection.cursor() as cur:
        # ruleid: py-sql-query-string-interpolation
        cur.execute(sql)
        return cur.fetchall()


def room_unchecked(room_id, sort="created_at"):
    sql = f"SELECT m.id FROM chat_message m WHERE m.room_id = %s ORDER BY {sort}"
    with connection.cursor() as cur:
        # ruleid: py-sql-query-string-interpolation
        cur.execute(sql, [room_id])
        return cur.fetchall()
