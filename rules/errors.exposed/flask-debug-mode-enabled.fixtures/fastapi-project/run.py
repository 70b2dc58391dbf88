from api import build

server = build()

if __name__ == "__main__":
    # Not a Flask project: some other object's run(debug=True).
    # ok: flask-debug-mode-enabled
    server.run(debug=True)
