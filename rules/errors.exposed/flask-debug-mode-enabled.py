import os

from flask import Flask

app = Flask(__name__)
# ruleid: flask-debug-mode-enabled
app.debug = True
# ruleid: flask-debug-mode-enabled
app.config["DEBUG"] = True
# ruleid: flask-debug-mode-enabled
app.config.update(DEBUG=True, SECRET_KEY=os.environ["SECRET_KEY"])
# ok: flask-debug-mode-enabled
app.config["DEBUG"] = os.environ.get("FLASK_DEBUG") == "1"

if __name__ == "__main__":
    # ruleid: flask-debug-mode-enabled
    app.run(host="0.0.0.0", port=5000, debug=True)
    # ok: flask-debug-mode-enabled
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")
    # ok: flask-debug-mode-enabled
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 5000)))

if os.environ.get("ENV") == "development":
    # ok: flask-debug-mode-enabled
    app.run(debug=True)
