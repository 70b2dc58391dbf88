import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "helpdesk.settings")
django_asgi_app = get_asgi_application()

from channels.auth import AuthMiddlewareStack  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402

from chat.middleware import QueryTokenAuthMiddleware  # noqa: E402
from chat.routing import websocket_urlpatterns  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        # ruleid: channels-websocket-without-origin-check
        "websocket": AuthMiddlewareStack(URLRouter(websocket_urlpatterns)),
    }
)

token_application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        # ok: channels-websocket-without-origin-check (a token from the query string, not a cookie)
        "websocket": QueryTokenAuthMiddleware(URLRouter(websocket_urlpatterns)),
    }
)
