from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware

middleware = [
    # ruleid: fastapi-cors-wildcard-origin
    Middleware(CORSMiddleware, allow_origin_regex=".*", allow_methods=["GET"]),
    # ok: fastapi-cors-wildcard-origin
    Middleware(CORSMiddleware, allow_origin_regex=r"https://.*\.example\.com", allow_methods=["GET"]),
]
app = Starlette(middleware=middleware)
