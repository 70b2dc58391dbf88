# ruleid: flask-markup-escape-import-removed
from flask import Flask, Markup, render_template
# ruleid: flask-markup-escape-import-removed
from jinja2 import escape
# ok: flask-markup-escape-import-removed
from markupsafe import Markup, escape
# ok: flask-markup-escape-import-removed
from flask import Flask, render_template_string
import flask

# ruleid: flask-markup-escape-import-removed
x = flask.Markup("<b>x</b>")
