import socketio

from .auth import verify_token
from .db import is_member, database

sio = socketio.AsyncServer(async_mode="asgi")


@sio.event
async def connect(sid, environ, auth):
    user = verify_token((auth or {}).get("token"))
    if not user:
        raise socketio.exceptions.ConnectionRefusedError("unauthorized")
    await sio.save_session(sid, {"user_id": user.id})


@sio.on("join")
async def join(sid, data):
    # ruleid: py-socketio-join-room-from-payload
    await sio.enter_room(sid, data["board_id"])
    await sio.emit("joined", {"board": data["board_id"]}, to=sid)


@sio.on("join-checked")
async def join_checked(sid, data):
    session = await sio.get_session(sid)
    if not await is_member(session["user_id"], data["board_id"]):
        return {"error": "forbidden"}
    # ok: py-socketio-join-room-from-payload
    await sio.enter_room(sid, data["board_id"])


@sio.on("lobby")
async def lobby(sid):
    # ok: py-socketio-join-room-from-payload (a fixed room)
    await sio.enter_room(sid, "lobby")
