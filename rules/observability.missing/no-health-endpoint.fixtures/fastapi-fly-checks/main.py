from fastapi import FastAPI

# ok: no-health-endpoint
app = FastAPI()
