from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    # ruleid: fastapi-cors-wildcard-with-credentials
    cors_origins: str = "*"
    # ok: fastapi-cors-wildcard-with-credentials (not what the middleware reads)
    embed_origins: str = "*"
    admin_email: str = "ops@example.com"

    @property
    def cors_origin_list(self):
        return [o.strip() for o in self.cors_origins.split(",") if o.strip()]


settings = Settings()
