from django.db import connection
from django.http import JsonResponse

from .queries import REPORT_SQL

LABEL = "Report since {since}"


def report(request):
    since = request.GET.get("since", "2024-01-01")
    with connection.cursor() as cursor:
        # ruleid: py-sql-template-constant-formatted
        cursor.execute(REPORT_SQL.format(since=since))
        # ok: py-sql-template-constant-formatted (a label, not SQL)
        return JsonResponse({"title": LABEL.format(since=since), "rows": cursor.fetchall()})
