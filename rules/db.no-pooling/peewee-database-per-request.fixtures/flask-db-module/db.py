import os
from peewee import DatabaseProxy
from playhouse.db_url import connect

database = DatabaseProxy()

DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://notely@db:5432/notely")


def reporting_db():
    """Separate handle for the stats queries so they don't block the main connection."""
    # ruleid: peewee-database-per-request
    db = connect(DATABASE_URL)
    db.connect()
    return db


def migration_db():
    # ok: peewee-database-per-request
    return connect(DATABASE_URL)


def init_db(app):
    # ok: peewee-database-per-request (start-up wiring, once)
    database.initialize(connect(app.config["DATABASE_URL"]))


def init_reporting(app):
    # ok: peewee-database-per-request
    app.extensions["reporting"] = connect(app.config["REPORTING_URL"])
