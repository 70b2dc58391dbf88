# A config module of a FastAPI app: no jwt import here, but the algorithm says what the key is for.
# ruleid: py-jwt-secret-key-hardcoded
SECRET_KEY = "secret"
ALGORITHM = "HS256"
ACCESS_TOKEN_EXPIRE_MINUTES = 30
