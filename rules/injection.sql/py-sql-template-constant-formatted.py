from django.db import connection

EXPORT_SQL = (
    "SELECT u.email, o.total FROM shop_order o JOIN auth_user u ON u.id = o.user_id "
    "WHERE o.shop_id = {shop_id} {extra} ORDER BY {order_by}"
)
COUNT_SQL = "SELECT count(*) FROM {table} WHERE shop_id = %s"
PAGE_SQL = """
    SELECT id, total FROM shop_order WHERE shop_id = %s ORDER BY {order} LIMIT {limit}
"""
SORTS = {"date": "created_at", "total": "total"}
GREETING = "Hello {name}, your order {number} shipped"
TABLE = "shop_order"


def export_orders(shop_id, order_by="o.created_at", since=None):
    extra = f"AND o.created_at >= '{since}'" if since else ""
    # ruleid: py-sql-template-constant-formatted
    query = EXPORT_SQL.format(shop_id=int(shop_id), extra=extra, order_by=order_by)
    with connection.cursor() as cursor:
        cursor.execute(query)
        return cursor.fetchall()


def count_orders(shop_id):
    with connection.cursor() as cursor:
        # ok: py-sql-template-constant-formatted (a constant table name)
        cursor.execute(COUNT_SQL.format(table=TABLE), [shop_id])
        return cursor.fetchone()[0]


def page(shop_id, sort, limit):
    order = SORTS.get(sort, "created_at")
    with connection.cursor() as cursor:
        # ok: py-sql-template-constant-formatted (the sort column comes from a fixed map)
        cursor.execute(PAGE_SQL.format(order=order, limit=int(limit)), [shop_id])
        return cursor.fetchall()


def greet(user, order):
    # ok: py-sql-template-constant-formatted (not SQL)
    return GREETING.format(name=user.first_name, number=order.number)


def search(term):
    with connection.cursor() as cursor:
        # ruleid: py-sql-template-constant-formatted
        cursor.execute(COUNT_SQL.format(table=term), [1])
