# fixture-path: Dockerfile
FROM python:3.11-slim
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir django gunicorn
# ok: dev-server-in-production-image
RUN python manage.py collectstatic --noinput
# ruleid: dev-server-in-production-image
CMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]
# ok: dev-server-in-production-image
ENTRYPOINT ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000"]
