from flask import Blueprint, render_template, request
from flask_login import current_user, login_required
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import text

db = SQLAlchemy()
main_bp = Blueprint("main", __name__)


def _search_sql(user_id, term, sort):
    return (
        "SELECT id, title FROM note WHERE user_id = {uid} "
        "AND title LIKE '%{term}%' ORDER BY {sort} DESC"
    ).format(uid=user_id, term=term, sort=sort)


def _recent_sql(user_id):
    return (
        "SELECT id, title FROM note "
        f"WHERE user_id = {user_id} ORDER BY created_at DESC LIMIT 20"
    )


def _count_sql():
    return (
        "SELECT COUNT(*) FROM note "
        "WHERE user_id = :uid"
    )


@main_bp.route("/search")
@login_required
def search():
    term = request.args.get("q", "")
    sort = request.args.get("sort", "created_at")
    # ruleid: sqlalchemy-text-from-formatting-helper
    rows = db.session.execute(text(_search_sql(current_user.id, term, sort))).all()
    # ruleid: sqlalchemy-text-from-formatting-helper
    recent = db.session.execute(text(_recent_sql(current_user.id))).all()
    # ok: sqlalchemy-text-from-formatting-helper
    count = db.session.execute(text(_count_sql()), {"uid": current_user.id}).scalar()
    return render_template("search.html", rows=rows, recent=recent, count=count)
