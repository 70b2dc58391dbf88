# fixture-path: app/invoices/routes.py
from flask import Blueprint, request

from app.utils.db import fetch_all

bp = Blueprint("invoices", __name__)


@bp.route("/invoices")
def list_invoices():
    q = request.args.get("q", "")
    where = "i.user_id = %s"
    params = [request.args.get("user")]
    if q:
        # ruleid: py-sql-clause-built-from-values
        where += " AND (c.name ILIKE '%" + q + "%')"
        # ok: py-sql-clause-built-from-values
        where += " AND (c.email ILIKE %s)"
        params.append("%" + q + "%")
    return {"rows": fetch_all(f"SELECT i.* FROM invoices i JOIN clients c ON c.id = i.client_id WHERE {where}", params)}
