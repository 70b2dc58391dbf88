from flask import Flask, request
from flask_jwt_extended import JWTManager, decode_token
from flask_socketio import ConnectionRefusedError, SocketIO, emit, join_room
from pymongo import MongoClient

app = Flask(__name__)
socketio = SocketIO(app)
db = MongoClient("mongodb://localhost:27017/noteflow").get_default_database()
connected = {}


@socketio.on("connect")
def on_connect(auth):
    try:
        connected[request.sid] = decode_token((auth or {})["token"])["sub"]
    except Exception:
        raise ConnectionRefusedError("unauthorized")


@socketio.on("join")
def on_join(data):
    room = data["room"]
    # ruleid: py-socketio-join-room-from-payload (high: the room's history is sent back)
    join_room(room)
    history = db.messages.find({"room": room}).sort("at", -1).limit(50)
    emit("history", [{"user": m["user"], "text": m["text"]} for m in history])


@socketio.on("watch")
def on_watch(doc_id):
    # ruleid: py-socketio-join-room-from-payload (the payload is the room name)
    join_room(doc_id)


@socketio.on("join-checked")
def on_join_checked(data):
    room = data["room"]
    if not db.rooms.find_one({"_id": room, "members": connected.get(request.sid)}):
        return
    # ok: py-socketio-join-room-from-payload (membership looked up first)
    join_room(room)


@socketio.on("join-listed")
def on_join_listed(data):
    room = data.get("room")
    if room not in rooms_of(connected.get(request.sid)):
        emit("error", {"error": "forbidden"})
        return
    # ok: py-socketio-join-room-from-payload (checked against the caller's rooms)
    join_room(room)


@socketio.on("join-own")
def on_join_own():
    # ok: py-socketio-join-room-from-payload (the room is the caller's own)
    join_room(f"user:{connected.get(request.sid)}")


@socketio.on("join-presence")
def on_join_presence(data):
    if "room" not in data:
        return
    # ruleid: py-socketio-join-room-from-payload (a presence check on the payload is not a membership check)
    join_room(data["room"])


@socketio.on("subscribe")
def on_subscribe(data):
    # ruleid: py-socketio-join-room-from-payload (high: another user's private room)
    join_room(f"user:{data['user_id']}")


def rooms_of(user_id):
    return [r["_id"] for r in db.rooms.find({"members": user_id})]


def helper(data):
    # ok: py-socketio-join-room-from-payload (not an event handler)
    join_room(data["room"])
