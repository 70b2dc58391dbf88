from fastapi import FastAPI, HTTPException

from core.errors import http_error_handler, unhandled_exception_handler

app = FastAPI()
app.add_exception_handler(Exception, unhandled_exception_handler)
app.add_exception_handler(HTTPException, http_error_handler)
