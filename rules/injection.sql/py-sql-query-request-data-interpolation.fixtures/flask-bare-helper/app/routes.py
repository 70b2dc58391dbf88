from flask import Blueprint, request

from .db import fetch_all, query_cache

bp = Blueprint("invoices", __name__)


@bp.route("/invoices/<int:invoice_id>")
def show_invoice(invoice_id):
    # ruleid: py-sql-query-request-data-interpolation
    rows = fetch_all(f"SELECT * FROM invoices WHERE id = {invoice_id} AND status = '{request.args['status']}'")
    # ok: py-sql-query-request-data-interpolation (the value is bound)
    same = fetch_all("SELECT * FROM invoices WHERE id = %s AND status = %s", (invoice_id, request.args["status"]))
    # ok: py-sql-query-request-data-interpolation (query_cache does not run SQL)
    cached = query_cache(f"select:{request.args['status']} where")
    return {"rows": rows, "same": same, "cached": cached}
