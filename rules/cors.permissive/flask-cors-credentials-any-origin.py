from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
# ruleid: flask-cors-credentials-any-origin
CORS(app, supports_credentials=True)
# ruleid: flask-cors-credentials-any-origin
CORS(app, resources={r"/*": {"origins": "*"}}, supports_credentials=True)
# ok: flask-cors-credentials-any-origin
CORS(app, resources={r"/api/*": {"origins": ["https://app.example.com"]}}, supports_credentials=True)
# ok: flask-cors-credentials-any-origin
CORS(app)

# App factory
# ok: flask-cors-credentials-any-origin
cors = CORS()


def create_app():
    factory_app = Flask(__name__)
    # ruleid: flask-cors-credentials-any-origin
    cors.init_app(factory_app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)
    # ok: flask-cors-credentials-any-origin
    cors.init_app(factory_app, origins=["https://app.example.com"], supports_credentials=True)
    return factory_app
