from ninja import Router

from .models import Project

router = Router()


@router.get("/search")
def search_projects(request, q: str = "", sort: str = "name"):
    sql = (
        "SELECT * FROM core_project "
        "WHERE owner_id = %s AND name ILIKE '%%" + q + "%%' "
        "ORDER BY " + sort
    )
    # ruleid: django-raw-sql-interpolation
    return list(Project.objects.raw(sql, [request.auth.id]))


@router.get("/search-safe")
def search_projects_safe(request, q: str = ""):
    sql = (
        "SELECT * FROM core_project "
        "WHERE owner_id = %s AND name ILIKE %s"
    )
    # ok: django-raw-sql-interpolation
    return list(Project.objects.raw(sql, [request.auth.id, f"%{q}%"]))


@router.get("/by-status")
def by_status(request, status: str = "open"):
    sql = (
        f"SELECT * FROM core_project WHERE status = '{status}'"
    )
    # ruleid: django-raw-sql-interpolation
    return list(Project.objects.raw(sql))


def wrapped_call(rows):
    # ok: django-raw-sql-interpolation
    return rows.raw(("SELECT id FROM core_project WHERE archived = %s"), [False])
