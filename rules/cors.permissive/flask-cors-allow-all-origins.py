import os

from flask import Flask
from flask_cors import CORS, cross_origin

app = Flask(__name__)
# ruleid: flask-cors-allow-all-origins
CORS(app)
# ruleid: flask-cors-allow-all-origins
CORS(app, origins="*")
# ruleid: flask-cors-allow-all-origins
CORS(app, resources={r"/api/*": {"origins": "*"}})
# ruleid: flask-cors-allow-all-origins
cors = CORS(app, resources={r"/api/*": {}})
# ok: flask-cors-allow-all-origins
CORS(app, origins=["https://app.example.com"])
# ok: flask-cors-allow-all-origins
CORS(app, resources={r"/api/*": {"origins": "https://app.example.com"}})
# ok: flask-cors-allow-all-origins
CORS(app, origins=os.environ["CORS_ORIGINS"].split(","))
# ok: flask-cors-allow-all-origins
CORS(app, origins=ALLOWED_ORIGINS)
# ok: flask-cors-allow-all-origins
CORS(app, supports_credentials=True)


@app.route("/public")
# ruleid: flask-cors-allow-all-origins
@cross_origin()
def public():
    return {"ok": True}


@app.route("/partner")
# ok: flask-cors-allow-all-origins
@cross_origin(origins=["https://partner.example.com"])
def partner():
    return {"ok": True}

# App factory
# ok: flask-cors-allow-all-origins
cors = CORS()


def create_app():
    factory_app = Flask(__name__)
    # ruleid: flask-cors-allow-all-origins
    cors.init_app(factory_app)
    # ok: flask-cors-allow-all-origins
    cors.init_app(factory_app, resources={r"/api/*": {"origins": ["https://app.example.com"]}})
    return factory_app
