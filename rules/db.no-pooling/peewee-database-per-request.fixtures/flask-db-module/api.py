from flask import Blueprint, jsonify
from flask_login import current_user, login_required

from db import reporting_db

bp = Blueprint("api", __name__)


@bp.get("/stats")
@login_required
def stats():
    db = reporting_db()
    cur = db.execute_sql("SELECT count(*) FROM note WHERE owner_id = %s", (current_user.id,))
    return jsonify({"notes": cur.fetchone()[0]})
