from django.db.models.expressions import RawSQL

from .models import Order, Person


def people(last_name, status, min_total):
    # ruleid: django-raw-sql-interpolation
    a = Person.objects.raw(f"SELECT * FROM app_person WHERE last_name = '{last_name}'")
    sql = "SELECT * FROM app_person WHERE last_name = '%s'" % last_name
    # ruleid: django-raw-sql-interpolation
    b = Person.objects.raw(sql)
    # ruleid: django-raw-sql-interpolation
    c = Order.objects.extra(where=[f"status = '{status}'"])
    # ruleid: django-raw-sql-interpolation
    d = Order.objects.annotate(big=RawSQL("SELECT total > %s" % min_total, []))
    # ok: django-raw-sql-interpolation
    e = Person.objects.raw("SELECT * FROM app_person WHERE last_name = %s", [last_name])
    # ok: django-raw-sql-interpolation
    f = Order.objects.extra(where=["status = %s"], params=[status])
    # ok: django-raw-sql-interpolation
    g = Order.objects.annotate(big=RawSQL("SELECT total > %s", (min_total,)))
    # ok: django-raw-sql-interpolation
    h = Order.objects.filter(status=status)
    return a, b, c, d, e, f, g, h


def search(request):
    # ruleid: django-raw-sql-interpolation
    found = Order.objects.extra(where=[f"title LIKE '%%{request.GET['q']}%%'"])
    # ok: django-raw-sql-interpolation
    same = Order.objects.extra(where=["title LIKE %s"], params=[f"%{request.GET['q']}%"])
    return found, same
