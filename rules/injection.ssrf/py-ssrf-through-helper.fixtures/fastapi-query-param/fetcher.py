import httpx


async def fetch_page_text(target: str) -> str:
    async with httpx.AsyncClient(follow_redirects=True, timeout=15) as client:
        # ruleid: py-ssrf-through-helper
        r = await client.get(target)
    return r.text[:8000]


async def fetch_docs_page(path: str) -> str:
    async with httpx.AsyncClient(timeout=15) as client:
        # ok: py-ssrf-through-helper (the view passes a fixed slug, not a URL parameter)
        r = await client.get(path)
    return r.text
