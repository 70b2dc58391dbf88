import os

from flask import Flask
from flask_socketio import SocketIO, emit

app = Flask(__name__)
# ruleid: socketio-cors-any-origin
socketio = SocketIO(app, cors_allowed_origins="*")
# ruleid: socketio-cors-any-origin
socketio = SocketIO(app, async_mode="eventlet", cors_allowed_origins=["*"])
# ruleid: socketio-cors-any-origin
socketio.init_app(app, cors_allowed_origins=os.getenv("SOCKET_ORIGINS", "*"))
# ok: socketio-cors-any-origin
socketio = SocketIO(app, cors_allowed_origins=["https://app.example.com"])
# ok: socketio-cors-any-origin
socketio = SocketIO(app, cors_allowed_origins=os.environ["SOCKET_ORIGINS"].split(","))
# ok: socketio-cors-any-origin
socketio = SocketIO(app)
# ok: socketio-cors-any-origin
help_text = 'cors_allowed_origins="*" opens the server to every site'


@socketio.on("message")
def on_message(data):
    emit("message", data, broadcast=True)
