import os

from fastapi import FastAPI
from starlette.applications import Starlette

# ruleid: fastapi-debug-mode-enabled
app = FastAPI(title="API", debug=True)
# ruleid: fastapi-debug-mode-enabled
star = Starlette(debug=True, routes=[])
# ok: fastapi-debug-mode-enabled
app2 = FastAPI(title="API")
# ok: fastapi-debug-mode-enabled
app3 = FastAPI(debug=os.getenv("DEBUG") == "1")
