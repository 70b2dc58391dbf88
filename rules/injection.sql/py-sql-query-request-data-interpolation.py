from django.db.models.expressions import RawSQL
from flask import Flask, request
from sqlalchemy import text

app = Flask(__name__)


@app.route("/search")
def search():
    db = get_db()
    # ruleid: py-sql-query-request-data-interpolation
    rows = db.execute(f"SELECT * FROM products WHERE name LIKE '%{request.args.get('q')}%'").fetchall()
    q = "SELECT * FROM users WHERE id = " + request.args["id"]
    # ruleid: py-sql-query-request-data-interpolation
    user = db.execute(q).fetchone()
    # ruleid: py-sql-query-request-data-interpolation
    db.session.execute(text(f"UPDATE users SET bio = '{request.form['bio']}' WHERE id = 1"))
    # ok: py-sql-query-request-data-interpolation
    db.execute("SELECT * FROM products WHERE name LIKE ?", (f"%{request.args.get('q')}%",))
    # ok: py-sql-query-request-data-interpolation
    db.session.execute(text("SELECT * FROM users WHERE id = :id"), {"id": request.args["id"]})
    return rows, user


def django_view(request):
    # ruleid: py-sql-query-request-data-interpolation
    people = Person.objects.raw("SELECT * FROM app_person WHERE last_name = '%s'" % request.GET["name"])
    # ok: py-sql-query-request-data-interpolation
    people = Person.objects.raw("SELECT * FROM app_person WHERE last_name = %s", [request.GET["name"]])
    # ruleid: py-sql-query-request-data-interpolation
    qs = Person.objects.annotate(x=RawSQL(f"SELECT 1 FROM t WHERE c = {request.GET['c']}", []))
    return people, qs
