class Config:
    SOCKET_ORIGINS = "*"
