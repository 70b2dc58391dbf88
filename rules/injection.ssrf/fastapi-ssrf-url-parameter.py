import httpx
import requests
from fastapi import FastAPI
from pydantic import BaseModel, HttpUrl

app = FastAPI()
ALLOWED_HOSTS = {"cdn.example.com"}


class PreviewIn(BaseModel):
    url: HttpUrl


@app.get("/preview")
def preview(url: str):
    # ruleid: fastapi-ssrf-url-parameter
    return requests.get(url, timeout=5).text


@app.post("/preview2")
async def preview2(body: PreviewIn):
    async with httpx.AsyncClient(timeout=5) as client:
        # ruleid: fastapi-ssrf-url-parameter
        r = await client.get(str(body.url))
    return r.text


@app.get("/status")
def status():
    url = "https://status.example.com/api"
    # ok: fastapi-ssrf-url-parameter
    return requests.get(url, timeout=5).json()


@app.get("/checked")
def checked(url: HttpUrl):
    if url.host not in ALLOWED_HOSTS:
        return {"error": "no"}
    # ok: fastapi-ssrf-url-parameter
    return requests.get(str(url), timeout=5).text


def helper(url):
    # ok: fastapi-ssrf-url-parameter
    return requests.get(url, timeout=5)


class ImportSerializer(serializers.Serializer):
    source_url = serializers.CharField(max_length=2048)


class DocumentViewSet(viewsets.ViewSet):
    @action(detail=False, methods=["post"], url_path="import-url")
    def import_url(self, request):
        ser = ImportSerializer(data=request.data)
        ser.is_valid(raise_exception=True)
        src = ser.validated_data["source_url"]
        # ok: fastapi-ssrf-url-parameter (a serializer field: py-ssrf-request-url reports it)
        resp = requests.get(src, timeout=10)
        return Response({"length": len(resp.text)})
