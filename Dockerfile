# Newsdesk: the REST API with its seed articles already ingested.
#
#   docker build -t newsdesk .
#   docker run -p 8000:8000 newsdesk                      # serves at once, seeds included
#
# Your own articles, kept in a named volume that the server then uses:
#   docker run --rm -v newsdesk-data:/data -v "$PWD/in:/data/in:ro" newsdesk newsdesk ingest /data/in
#   docker run -p 8000:8000 -v newsdesk-data:/data newsdesk
#
# The database lives in the volume /data (DATABASE_URL=sqlite:////data/newsdesk.db), owned by
# the non-root user `newsdesk` (uid/gid 10001). A new volume, named or anonymous, starts as a
# copy of the image's /data, so it holds the seeds already.

ARG DEBIAN_IMAGE=debian:bookworm-slim

# ---------------------------------------------------------------------------------------------
# Builder: Debian's Python 3.11, a venv at /opt/venv, the project and its dependencies in it.
# ---------------------------------------------------------------------------------------------
FROM ${DEBIAN_IMAGE} AS builder

ARG DEBIAN_FRONTEND=noninteractive
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1

# Every dependency ships a manylinux wheel for CPython 3.11, so no compiler is installed.
# If one ever needs building from source, add build-essential and python3-dev here (the
# builder stage only).
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 python3-venv \
 && rm -rf /var/lib/apt/lists/*

RUN python3 -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
# Debian's pip (23.0) does not match an extra asked for as `html_clean` with lxml's `html-clean`
# (pip compares extras' names normalised, PEP 685, from 23.3 on), so jusText's `lxml[html_clean]`
# came without lxml_html_clean, and importing trafilatura failed.
RUN pip install --upgrade 'pip>=24'

WORKDIR /src

# Dependencies first, read from pyproject.toml, so that this (large) layer is reused when only
# the code changes. `pip install .` below still resolves whatever pyproject.toml asks for.
# The spaCy model comes before them, checked against its recorded sha256 (requirements/model.txt).
COPY pyproject.toml ./
COPY requirements/ requirements/
RUN pip install --require-hashes --no-deps -r requirements/model.txt
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project'].get('dependencies', [])))" > /tmp/requirements.txt \
 && pip install -r /tmp/requirements.txt

# Everything else .dockerignore lets through (README.md is named by pyproject.toml, so it has to be here).
# pip and setuptools are then dropped from the venv: nothing needs them at run time.
COPY . .
RUN pip install . \
 && pip uninstall --yes --quiet pip setuptools

# ---------------------------------------------------------------------------------------------
# Runtime: python3 only, the venv, the seeds, a non-root user and /data.
# ---------------------------------------------------------------------------------------------
FROM ${DEBIAN_IMAGE} AS runtime

ARG DEBIAN_FRONTEND=noninteractive
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 newsdesk \
 && useradd --system --uid 10001 --gid newsdesk --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin newsdesk \
 && install -d -o newsdesk -g newsdesk -m 0755 /data

COPY --from=builder /opt/venv /opt/venv
COPY seeds/ /opt/newsdesk/seeds/

ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DATABASE_URL=sqlite:////data/newsdesk.db

WORKDIR /opt/newsdesk
USER newsdesk:newsdesk

# Ingest the seeds as the non-root user, so the database in /data is its own. This must come
# before VOLUME: what a build step writes under a volume path after VOLUME is thrown away.
RUN newsdesk ingest /opt/newsdesk/seeds

VOLUME /data
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=4).status == 200 else 1)"]

CMD ["newsdesk", "serve", "--host", "0.0.0.0", "--port", "8000"]
