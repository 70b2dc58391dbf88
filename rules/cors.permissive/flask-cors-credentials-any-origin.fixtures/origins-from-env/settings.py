import os

CORS_ORIGINS = os.getenv("CORS_ORIGINS", "*")
