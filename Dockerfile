FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip install --no-cache-dir '.[postgres]'
COPY config ./config
COPY seeds ./seeds
ENV PYTHONUNBUFFERED=1
STOPSIGNAL SIGTERM
CMD ["newsbot", "run"]
