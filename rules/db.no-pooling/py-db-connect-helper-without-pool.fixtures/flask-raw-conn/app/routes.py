from flask import Blueprint

from .utils.db import fetch_all

bp = Blueprint("clients", __name__)


@bp.route("/clients")
def clients():
    return {"rows": fetch_all("SELECT id, name FROM clients ORDER BY name")}
