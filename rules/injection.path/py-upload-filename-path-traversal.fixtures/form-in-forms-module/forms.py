from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import StringField


class NoteForm(FlaskForm):
    title = StringField("Title")
    attachment = FileField("Attachment")
