# fixture-path: app/routes/jobs.py
from flask import Blueprint, jsonify

bp = Blueprint("jobs", __name__)


def salary_label(job):
    try:
        return f"{job['salary_min']:,}-{job['salary_max']:,}"
    # ok: background-job-swallows-errors (a job board's listing helper, not a background job)
    except Exception:
        pass
    return "n/a"


@bp.get("/jobs")
def list_jobs():
    return jsonify([])
