from flask import Blueprint, request
from flask_login import current_user, login_required

from .db import fetch_all, query_cache

bp = Blueprint("invoices", __name__)


@bp.route("/invoices")
@login_required
def list_invoices():
    q = request.args.get("q", "")
    order = request.args.get("order", "created_at DESC")
    where = "i.user_id = {}".format(current_user.id)
    if q:
        where += " AND (c.name ILIKE '%" + q + "%')"
    # ruleid: py-sql-query-string-interpolation
    return {"rows": fetch_all(f"SELECT i.* FROM invoices i JOIN clients c ON c.id = i.client_id WHERE {where} ORDER BY {order}")}


@bp.route("/invoices/search")
@login_required
def search_invoices():
    q = request.args.get("q", "")
    # ok: py-sql-query-string-interpolation (the value is bound)
    rows = fetch_all("SELECT * FROM invoices WHERE user_id = %s AND number ILIKE %s", (current_user.id, f"%{q}%"))
    # ok: py-sql-query-string-interpolation (query_cache does not run SQL)
    cached = query_cache(f"select from invoices where user = {current_user.id}")
    p = "%s"
    # ok: py-sql-query-string-interpolation (only the driver's marker is formatted in)
    more = fetch_all(f"SELECT * FROM invoices WHERE user_id = {p} AND number ILIKE {p}", (current_user.id, f"%{q}%"))
    return {"rows": rows + more, "cached": cached}
