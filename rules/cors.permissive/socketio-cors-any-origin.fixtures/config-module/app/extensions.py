from flask_socketio import SocketIO

from .config import Config

# ruleid: socketio-cors-any-origin
socketio = SocketIO(cors_allowed_origins=Config.SOCKET_ORIGINS)
