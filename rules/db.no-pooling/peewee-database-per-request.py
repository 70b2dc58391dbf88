import os

from flask import Blueprint, jsonify
from flask_login import current_user, login_required
from peewee import PostgresqlDatabase, SqliteDatabase
from playhouse.db_url import connect
from playhouse.pool import PooledPostgresqlDatabase

DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://notely@db:5432/notely")
bp = Blueprint("api", __name__)

# ok: peewee-database-per-request
db = connect(DATABASE_URL)
# ok: peewee-database-per-request
main_db = PostgresqlDatabase("notely", host="db", user="notely")


def reporting_db():
    """Separate handle for the stats queries so they don't block the main connection."""
    # ruleid: peewee-database-per-request
    handle = connect(DATABASE_URL)
    handle.connect()
    return handle


def analytics_db():
    # ruleid: peewee-database-per-request
    return PostgresqlDatabase("analytics", host="db", user="notely")


_cached = None


def shared_db():
    global _cached
    if _cached is None:
        # ok: peewee-database-per-request
        _cached = connect(DATABASE_URL)
    return _cached


def local_cache_db():
    # ok: peewee-database-per-request
    return SqliteDatabase("cache.db")


def unused_factory():
    # ok: peewee-database-per-request
    return PostgresqlDatabase("unused", host="db")


def pooled_db():
    # ok: peewee-database-per-request
    return PooledPostgresqlDatabase("notely", max_connections=10, host="db")


@bp.get("/stats")
@login_required
def stats():
    db = reporting_db()
    cur = db.execute_sql("SELECT count(*) FROM note WHERE owner_id = %s", (current_user.id,))
    other = analytics_db()
    local = local_cache_db()
    pooled = pooled_db()
    return jsonify({"notes": cur.fetchone()[0], "x": [other, local, pooled, shared_db()]})


@bp.get("/inline")
def inline():
    # ruleid: peewee-database-per-request
    conn_db = PostgresqlDatabase("notely", host="db")
    main_db.connect(reuse_if_open=True)
    return jsonify({"ok": conn_db.is_closed()})
