import json

from django.template.loader import render_to_string
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe


def owner_link(obj, data, bio):
    # ruleid: django-mark-safe-dynamic-content
    a = mark_safe(f'<a href="{obj.url}">{obj.name}</a>')
    # ruleid: django-mark-safe-dynamic-content
    b = mark_safe("<script>var data = %s;</script>" % json.dumps(data))
    # ruleid: django-mark-safe-dynamic-content
    c = mark_safe(bio)
    # ruleid: django-mark-safe-dynamic-content
    c2 = mark_safe(obj.description)
    # ok: django-mark-safe-dynamic-content
    d = format_html('<a href="{}">{}</a>', obj.url, obj.name)
    # ok: django-mark-safe-dynamic-content
    e = mark_safe("<hr>")
    # ruleid: django-mark-safe-dynamic-content
    e2 = mark_safe(f"<span class=\"badge\">{obj.name}</span>")
    # ok: django-mark-safe-dynamic-content
    e3 = mark_safe(f"<span class=\"badge\">{{ literal braces }}</span>")
    # ok: django-mark-safe-dynamic-content
    f = mark_safe(render_to_string("card.html", {"obj": obj}))
    # ok: django-mark-safe-dynamic-content
    g = mark_safe(escape(bio))
    return a, b, c, d, e, f, g
