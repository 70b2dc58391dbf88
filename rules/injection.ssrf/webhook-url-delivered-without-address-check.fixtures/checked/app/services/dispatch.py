import ipaddress
import socket
from urllib.parse import urlparse

import httpx

from ..models import Webhook


def assert_public(url: str) -> None:
    for info in socket.getaddrinfo(urlparse(url).hostname or "", None):
        if not ipaddress.ip_address(info[4][0]).is_global:
            raise ValueError("private address")


async def deliver(hook: Webhook, body: bytes) -> None:
    assert_public(hook.url)
    async with httpx.AsyncClient(timeout=5) as client:
        # ok: webhook-url-delivered-without-address-check (resolved and refused when private)
        await client.post(hook.url, content=body)
