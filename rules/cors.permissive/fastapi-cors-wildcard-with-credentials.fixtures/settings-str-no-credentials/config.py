from pydantic import Field
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    # ok: fastapi-cors-wildcard-with-credentials (the public API sends no credentials)
    public_origins: str = Field(default="*")
    # ok: fastapi-cors-wildcard-with-credentials (a list of explicit origins)
    app_origins: str = "http://localhost:3000,https://app.example.com"

    @property
    def public_origin_list(self):
        return self.public_origins.split(",")

    @property
    def app_origin_list(self):
        return self.app_origins.split(",")


settings = Settings()
