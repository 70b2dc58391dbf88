FROM python:3.12-slim
WORKDIR /app
COPY . .
# ok: dev-server-in-production-image
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000", "--workers", "2"]
