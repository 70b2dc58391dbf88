from fastapi import APIRouter, Depends, Query

from auth import get_current_user
from fetcher import fetch_docs_page, fetch_page_text

router = APIRouter(prefix="/chat")


@router.get("/tools/fetch")
async def fetch_tool(url: str = Query(..., description="page to summarise"), user=Depends(get_current_user)):
    text = await fetch_page_text(url)
    return {"url": url, "text": text}


@router.get("/tools/docs")
async def docs_tool(user=Depends(get_current_user)):
    return {"text": await fetch_docs_page("https://docs.example.com/intro")}
