from typing import Any, Optional

from pydantic import BaseModel


class EntrySearch(BaseModel):
    text: Optional[str] = None
    filters: dict[str, Any] = {}
