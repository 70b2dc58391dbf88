from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required
from peewee import SQL

from models import Note

bp = Blueprint("views", __name__)
SORTS = {"new": "created_at desc", "title": "title asc"}
ALLOWED_SORTS = {"created_at desc", "title asc"}


@bp.route("/search")
@login_required
def search():
    term = request.args.get("q", "").strip()
    results = (Note.select()
               .where(Note.owner == current_user.id)
               # ruleid: peewee-sql-from-request-value
               .where(SQL("title LIKE '%" + term + "%' OR body LIKE '%" + term + "%'")))
    return jsonify([n.to_dict() for n in results])


@bp.get("/notes")
def list_notes():
    sort = request.args.get("sort", "created_at desc")
    # ruleid: peewee-sql-from-request-value
    query = Note.select().order_by(SQL(sort))
    return jsonify([n.to_dict() for n in query])


@bp.get("/notes/filter")
def filter_notes():
    # ruleid: peewee-sql-from-request-value
    query = Note.select().where(SQL(f"tag = '{request.args['tag']}'"))
    return jsonify([n.to_dict() for n in query])


@bp.route("/search/bound")
@login_required
def search_bound():
    term = request.args.get("q", "").strip()
    # ok: peewee-sql-from-request-value
    results = Note.select().where(SQL("title LIKE %s", (f"%{term}%",)))
    return jsonify([n.to_dict() for n in results])


@bp.get("/notes/sorted")
def list_sorted():
    sort = SORTS.get(request.args.get("sort"), "created_at desc")
    # ok: peewee-sql-from-request-value
    query = Note.select().order_by(SQL(sort))
    return jsonify([n.to_dict() for n in query])


@bp.get("/notes/checked")
def list_checked():
    sort = request.args.get("sort", "created_at desc")
    if sort not in ALLOWED_SORTS:
        abort(400)
    # ok: peewee-sql-from-request-value
    query = Note.select().order_by(SQL(sort))
    return jsonify([n.to_dict() for n in query])


@bp.get("/notes/recent")
def recent():
    # ok: peewee-sql-from-request-value
    query = Note.select().where(SQL("created_at > now() - interval '7 days'")).order_by(SQL("created_at desc"))
    return jsonify([n.to_dict() for n in query])
