from flask import Flask
from flask_cors import CORS

import settings

app = Flask(__name__)
app.config.from_object(settings)
# ruleid: flask-cors-credentials-any-origin
CORS(app, resources={r"/api/*": {"origins": app.config["CORS_ORIGINS"]}}, supports_credentials=True)
