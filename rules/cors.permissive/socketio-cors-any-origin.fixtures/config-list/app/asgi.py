import socketio

from .config import Config

# ok: socketio-cors-any-origin
sio = socketio.AsyncServer(async_mode="asgi", cors_allowed_origins=Config.SOCKET_ORIGINS)
app = socketio.ASGIApp(sio)
