from flask import Flask, request

app = Flask(__name__)
DOC = "hello world"


@app.post("/find")
def find_text():
    data = request.get_json()
    # ok: pymongo-query-from-request-data (str.find in a project without MongoDB)
    return {"at": DOC.find(data["needle"])}
