import bleach
import markdown
from flask import render_template
from markupsafe import Markup, escape


def badge(user, comment, bio):
    # ruleid: flask-markup-dynamic-content
    a = Markup(f"<b>{user.name}</b>")
    # ruleid: flask-markup-dynamic-content
    b = Markup("<p>" + comment + "</p>")
    # ruleid: flask-markup-dynamic-content
    c = Markup(bio)
    # ruleid: flask-markup-dynamic-content
    c2 = Markup(comment.body)
    # ruleid: flask-markup-dynamic-content
    c3 = Markup(markdown.markdown(bio))
    # ok: flask-markup-dynamic-content
    d = Markup("<b>{}</b>").format(user.name)
    # ok: flask-markup-dynamic-content
    e = Markup("<br>")
    # ok: flask-markup-dynamic-content
    f = Markup(bleach.clean(bio, tags=["b", "i"]))
    # ok: flask-markup-dynamic-content
    g = Markup(render_template("partials/card.html", user=user))
    # ok: flask-markup-dynamic-content
    h = Markup.escape(comment)
    # ok: flask-markup-dynamic-content
    i = escape(comment)
    return a, b, c, d, e, f, g, h, i
