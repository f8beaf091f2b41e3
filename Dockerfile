# newsbot: slim Python, an unprivileged user, migrations applied on start (every command opens the
# store through Alembic), /healthz as the container's health check.
FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip install '.[postgres]' && useradd --create-home --uid 10001 newsbot
COPY config ./config
COPY seeds ./seeds
USER newsbot
# Inside the container the endpoint listens on every interface; publish it only where you scrape it.
ENV NEWSBOT_HTTP_ADDR=0.0.0.0:9108
EXPOSE 9108
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["python", "-c", "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:9108/healthz', timeout=4).status != 200)"]
STOPSIGNAL SIGTERM
CMD ["newsbot", "run"]
