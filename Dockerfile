# The minutes CLI, for `minutes worker` and `minutes watch` (see docker-compose.yml).
# TypeScript runs through tsx, so there is no build stage: the image is the source plus production dependencies.
FROM node:20-bookworm-slim

ENV NODE_ENV=production \
    DOTENV_CONFIG_QUIET=true \
    MINUTES_LEARNED_DICTIONARY=/data/learned-dictionary.tsv \
    MALLOC_ARENA_MAX=2

WORKDIR /app
COPY package.json package-lock.json ./
# tsx is a runtime dependency; the tesseract.js language data ships in @tesseract.js-data, so nothing is fetched at run time.
RUN npm ci --omit=dev --ignore-scripts \
    && npm cache clean --force

COPY bin ./bin
COPY src ./src
COPY workers ./workers
COPY dictionaries ./dictionaries
RUN ln -s /app/bin/minutes.js /usr/local/bin/minutes \
    && mkdir -p /data /inbox /out \
    && chown -R node:node /data /inbox /out

# The official image's unprivileged user.
USER node
ENTRYPOINT []
CMD ["minutes", "--help"]
