from flask import Blueprint, abort, render_template, request, url_for
from markupsafe import Markup

from db import query

pages_bp = Blueprint("pages", __name__)


@pages_bp.get("/share/<token>")
def share_invoice(token):
    inv = query("SELECT i.*, u.company FROM invoices i JOIN users u ON u.id = i.owner_id "
                "WHERE i.share_token = %s", (token,), one=True)
    if not inv:
        abort(404)
    # ruleid: flask-markup-dynamic-content
    heading = Markup(f"<h2>Invoice from {inv['company']}</h2>")
    # ok: flask-markup-dynamic-content
    safe_heading = Markup("<h2>Invoice from {}</h2>").format(inv["company"])
    return render_template("share.html", invoice=inv, heading=heading, safe=safe_heading)


@pages_bp.get("/search")
def search():
    q = request.args.get("q", "")
    # ruleid: flask-markup-dynamic-content
    note = Markup("<p>Results for " + q + "</p>")
    # ruleid: flask-markup-dynamic-content
    title = Markup(f"<h1>Search: {q}</h1>")
    # ok: flask-markup-dynamic-content
    home = Markup(f'<a href="{url_for("pages.index")}">Home</a>')
    return render_template("search.html", note=note, title=title, home=home)
