from flask_wtf import FlaskForm
from wtforms import StringField


class RenameForm(FlaskForm):
    title = StringField("Title")
