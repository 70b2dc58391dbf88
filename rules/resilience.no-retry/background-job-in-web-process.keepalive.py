# fixture-path: keep_alive.py
from threading import Thread

from flask import Flask

app = Flask("")


@app.route("/")
def home():
    return "alive"


def run():
    app.run(host="0.0.0.0", port=8080)


def keep_alive():
    # ok: background-job-in-web-process (the thread runs the web server itself)
    t = Thread(target=run)
    t.start()
