# TODO: set MAX_CONTENT_LENGTH before launch
def to_rows(data):
    return data.decode("utf-8").splitlines()
