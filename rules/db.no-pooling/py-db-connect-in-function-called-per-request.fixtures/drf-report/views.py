import psycopg2
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from .reports import DSN, doc_counts, get_db_connection, project_totals


@api_view(["GET"])
@permission_classes([IsAuthenticated])
def usage(request):
    return Response({"docs": doc_counts(request.user.id), "projects": project_totals(request.user.id)})


@api_view(["GET"])
def health(request):
    conn = get_db_connection()
    conn.close()
    return Response({"ok": True})


@api_view(["GET"])
def raw(request):
    # ok: py-db-connect-in-function-called-per-request
    conn = psycopg2.connect(DSN)
    conn.close()
    return Response({"ok": True})
