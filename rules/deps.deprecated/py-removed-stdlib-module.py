# ruleid: py-removed-stdlib-module
import cgi
# ruleid: py-removed-stdlib-module
from distutils.util import strtobool
# ruleid: py-removed-stdlib-module
import imghdr, os
# ok: py-removed-stdlib-module
import importlib
# ok: py-removed-stdlib-module
import pipes_helper
# ok: py-removed-stdlib-module
from imports import thing
import ssl

try:
    # ok: py-removed-stdlib-module
    import crypt
except ImportError:
    crypt = None


def wrap(sock):
    # ruleid: py-removed-stdlib-module
    return ssl.wrap_socket(sock)
