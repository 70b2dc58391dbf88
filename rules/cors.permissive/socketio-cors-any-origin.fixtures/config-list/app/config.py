import os


class Config:
    SOCKET_ORIGINS = os.environ.get("SOCKET_ORIGINS", "http://localhost:5173").split(",")
