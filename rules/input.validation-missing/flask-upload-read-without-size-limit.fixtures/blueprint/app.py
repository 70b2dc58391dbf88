from flask import Flask

from config import Config
from imports import bp

app = Flask(__name__)
app.config.from_object(Config)
app.register_blueprint(bp)
