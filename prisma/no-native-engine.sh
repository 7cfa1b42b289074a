#!/bin/sh
# Prisma's CLI wants its native schema engine for migrate/db commands; it cannot be downloaded here.
# `prisma generate` only needs this path to exist. Anything that really calls the engine fails loudly.
echo "prisma: the native schema engine is not available; use 'steward migrate' and 'npm run migration:new'" >&2
exit 1
