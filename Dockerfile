# Onrecord: slim, non-root, with a health check on /healthz.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY worker ./worker
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 onrecord
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
WORKDIR /home/onrecord
COPY --chown=onrecord config/onrecord.yaml /etc/onrecord/onrecord.yaml
USER onrecord
ENV ONRECORD_CONFIG=/etc/onrecord/onrecord.yaml
VOLUME ["/home/onrecord/data"]
EXPOSE 9464
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:9464/healthz', timeout=4).status != 200)"
CMD ["sh", "-c", "exec onrecord run --config \"$ONRECORD_CONFIG\""]
