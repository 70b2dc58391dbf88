from sqlalchemy.orm import Mapped, mapped_column

from .db import Base


class Webhook(Base):
    __tablename__ = "webhooks"
    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str]
