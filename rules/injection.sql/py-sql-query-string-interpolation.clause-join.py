from django.db import connection
from django.http import JsonResponse


def directory_stats(request):
    clauses = ["d.active = %s"]
    params = [True]
    city = request.GET.get("city")
    if city:
        clauses.append("d.city = %s")
        params.append(city)
    sql = (
        "SELECT d.specialty, COUNT(*) AS total FROM core_doctor d WHERE "
        + " AND ".join(clauses)
        + " GROUP BY d.specialty ORDER BY total DESC"
    )
    with connection.cursor() as cursor:
        # ok: py-sql-query-string-interpolation (only placeholder clauses joined; values bound)
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


def report(group):
    sql = (
        "SELECT specialty, COUNT(*) FROM core_doctor GROUP BY "
        + group
        + " ORDER BY 2 DESC"
    )
    with connection.cursor() as cursor:
        # ruleid: py-sql-query-string-interpolation
        cursor.execute(sql)
        return cursor.fetchall()
