from flask import Flask, request
from flask_jwt_extended import decode_token
from flask_socketio import ConnectionRefusedError, SocketIO, emit
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


@socketio.on("message")
def on_message(data):
    # ruleid: py-socketio-sender-from-payload (high: stored)
    msg = {"room": data["room"], "user": data.get("user") or connected.get(request.sid), "text": data["text"]}
    db.messages.insert_one(msg)
    emit("message", msg, to=data["room"])


@socketio.on("typing")
def on_typing(data):
    # ruleid: py-socketio-sender-from-payload (medium: broadcast only)
    emit("typing", {"username": data["username"]}, to=data["room"])


@socketio.on("message-safe")
def on_message_safe(data):
    # ok: py-socketio-sender-from-payload (the author is the verified connection's)
    msg = {"room": data["room"], "user": connected.get(request.sid), "text": data["text"]}
    db.messages.insert_one(msg)


@socketio.on("dm")
def on_dm(data):
    # ok: py-socketio-sender-from-payload (the recipient, not the author, comes from the payload)
    msg = {"to": data["to"], "user": connected.get(request.sid), "text": data["text"]}
    db.messages.insert_one(msg)


@socketio.on("message-compared")
def on_message_compared(data):
    if data.get("user") != connected.get(request.sid):
        return
    # ok: py-socketio-sender-from-payload (checked against the verified identity first)
    db.messages.insert_one({"room": data["room"], "user": data.get("user"), "text": data["text"]})


def build(data):
    # ok: py-socketio-sender-from-payload (not an event handler)
    return {"user": data["user"]}
