# Black/ruff wrap long SQL in parentheses and apply `.format` / `%` to the closing one.
from django.db import connection


def usage_report(owner_id, order_by="created_at"):
    with connection.cursor() as cur:
        sql = (
            "SELECT project_id, count(*) AS docs FROM projects_document "
            "WHERE owner_id = {owner} GROUP BY project_id ORDER BY {order}"
        ).format(owner=owner_id, order=order_by)
        # ruleid: py-sql-query-string-interpolation
        cur.execute(sql)
        return cur.fetchall()


def usage_by_status(status):
    with connection.cursor() as cur:
        # ruleid: py-sql-query-string-interpolation
        cur.execute(
            (
                "SELECT project_id, count(*) FROM projects_document "
                "WHERE status = '%s' GROUP BY project_id"
            ) % status
        )
        return cur.fetchall()


def usage_bound(owner_id):
    with connection.cursor() as cur:
        sql = (
            "SELECT project_id, count(*) AS docs FROM projects_document "
            "WHERE owner_id = %s GROUP BY project_id"
        )
        # ok: py-sql-query-string-interpolation
        cur.execute(sql, [owner_id])
        return cur.fetchall()
