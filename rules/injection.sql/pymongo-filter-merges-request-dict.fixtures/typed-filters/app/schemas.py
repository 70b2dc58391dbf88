from typing import Literal, Optional

from pydantic import BaseModel


class EntryFilters(BaseModel):
    tag: Optional[str] = None
    mood: Optional[Literal["good", "bad"]] = None


class EntrySearch(BaseModel):
    filters: EntryFilters = EntryFilters()
