from flask import Blueprint, jsonify, request
from flask_login import login_required

from . import db as reports_db

bp = Blueprint("reports", __name__)


# ruleid: endpoint-missing-auth (the data helper reads patients and appointments)
@bp.route("/daily-schedule.csv")
def daily_schedule_csv():
    rows = reports_db.daily_schedule(request.args.get("day"))
    return "\n".join(",".join(str(c) for c in r) for r in rows)


# ok: endpoint-missing-auth (public opening hours)
@bp.route("/opening-hours")
def opening_hours():
    return jsonify(reports_db.opening_hours())


@bp.route("/revenue")
@login_required
def revenue():
    return jsonify(reports_db.daily_schedule(request.args.get("day")))
