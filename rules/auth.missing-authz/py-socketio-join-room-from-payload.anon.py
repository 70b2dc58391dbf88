from flask import Flask
from flask_socketio import SocketIO, emit, join_room

app = Flask(__name__)
socketio = SocketIO(app)


@socketio.on("join")
def on_join(data):
    # ok: py-socketio-join-room-from-payload (no users at all: an anonymous public chat)
    join_room(data["room"])
    emit("joined", data["room"], to=data["room"])
