#!/bin/sh
# Prisma's CLI insists on a native schema engine it would download; `generate` never runs it, so this stub
# satisfies the check offline. Migrations go through the WASM engine instead (scripts/migrate.ts).
echo "prisma: the native schema engine is not used here. Use npm run db:migrate | db:migration -- <name> | db:status (WASM engine)." >&2
exit 1
