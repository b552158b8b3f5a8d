// Prisma's own schema engine, compiled to WebAssembly, driven through @prisma/adapter-pg.
// Why not `prisma migrate`: the CLI downloads a native engine, which this network forbids. This is the same
// engine doing the same work, so migrations stay in Prisma Migrate's format and `prisma migrate deploy`
// accepts them wherever the native engine can be had. See docs/decisions/002-migrations-wasm-engine.md.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { randomUUID } from "node:crypto";
import path from "node:path";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";
import type { PoolConfig } from "pg";

type Disposable = { dispose(): Promise<void> };
type AnyFn = (...args: unknown[]) => unknown;

let wasmLoaded = false;

async function loadWasm(): Promise<void> {
  if (wasmLoaded) return;
  const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown };
  g.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (message: string) => console.error(message) };
  const require = createRequire(import.meta.url);
  const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
  // The engine arms a 10 s advisory-lock timer it never clears, which keeps a CLI alive 10 s after it is done.
  const imports: WebAssembly.ModuleImports = { ...(bg as unknown as WebAssembly.ModuleImports) };
  for (const [name, fn] of Object.entries(bg)) {
    if (!name.startsWith("__wbg_setTimeout_")) continue;
    imports[name] = (...args: unknown[]) => {
      const timer = (fn as AnyFn)(...args) as { unref?: () => void } | undefined;
      timer?.unref?.();
      return timer;
    };
  }
  const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { "./schema_engine_bg.js": imports });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as AnyFn)();
  wasmLoaded = true;
}

/** Discrete fields, because pg lets `connectionString` override `database` (see shadowSafeAdapter). */
export function pgConfigFromUrl(url: string): PoolConfig {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
  };
}

// adapter-pg 7.10's own connectToShadowDb() creates a shadow database, then connects back to the MAIN one
// (connectionString wins over `database`) and replays migrations there, and drops the shadow before closing
// its pool so shadows leak. This factory creates and drops the shadow itself, in the right order.
function shadowSafeAdapter(config: PoolConfig, opened: Disposable[], shadowUrl: string | undefined) {
  const base = new PrismaPg(config);
  return {
    provider: "postgres" as const,
    adapterName: base.adapterName,
    async connect() {
      const adapter = await base.connect();
      opened.push(adapter);
      return adapter;
    },
    async connectToShadowDb() {
      if (shadowUrl) {
        // A dedicated shadow database, for servers where the app user may not CREATE DATABASE.
        const shadow = await new PrismaPg(pgConfigFromUrl(shadowUrl)).connect();
        await shadow.executeScript("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
        return shadow;
      }
      const admin = await base.connect();
      const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
      await admin.executeScript(`CREATE DATABASE "${name}"`);
      const shadow = await new PrismaPg({ ...config, database: name }).connect();
      const disposeShadow = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await disposeShadow();
        try {
          await admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
        } finally {
          await admin.dispose();
        }
      };
      return shadow;
    },
  };
}

// Two adapter-pg 7.10 defects are mended inside migration processes only (never in the app):
// 1. It cannot decode Postgres' internal "char" type (OID 18), which the engine's schema describer
// reads from pg_catalog; diffing fails with "Column type 'char' could not be deserialized". Those columns are
// reported as text-like Character columns. 2. See patchExecuteScript.
let adapterPatched = false;
async function patchAdapterForMigrations(): Promise<void> {
  if (adapterPatched) return;
  const probe = await new PrismaPg({ host: "127.0.0.1", database: "unused" }).connect(); // lazy pool: no I/O
  patchExecuteScript(Object.getPrototypeOf(probe) as Record<string, AnyFn>);
  const queryable = Object.getPrototypeOf(Object.getPrototypeOf(probe)) as Record<string, AnyFn>;
  const performIO = queryable.performIO!;
  const queryRaw = queryable.queryRaw!;
  type PgResult = { fields?: { dataTypeID: number }[]; rows?: unknown[] & { __charCols?: number[] } };
  queryable.performIO = async function (this: unknown, ...args: unknown[]) {
    const result = (await performIO.apply(this, args)) as PgResult;
    const charColumns: number[] = [];
    result?.fields?.forEach((field, i) => {
      if (field.dataTypeID === 18) {
        field.dataTypeID = 25;
        charColumns.push(i);
      }
    });
    if (charColumns.length && Array.isArray(result.rows)) {
      Object.defineProperty(result.rows, "__charCols", { value: charColumns });
    }
    return result;
  };
  queryable.queryRaw = async function (this: unknown, ...args: unknown[]) {
    const resultSet = (await queryRaw.apply(this, args)) as { rows?: { __charCols?: number[] }; columnTypes: number[] };
    for (const i of resultSet.rows?.__charCols ?? []) resultSet.columnTypes[i] = ColumnTypeEnum.Character;
    return resultSet;
  };
  await probe.dispose();
  adapterPatched = true;
}

// adapter-pg 7.10's executeScript splits a migration on every ";", which cuts a plpgsql function body (our
// audit trigger) in pieces. The native engine sends the script whole over the simple-query protocol, where
// Postgres runs all its statements in one implicit transaction; do the same.
function patchExecuteScript(adapterPrototype: Record<string, AnyFn>): void {
  type Adapter = { client: { query(sql: string): Promise<unknown> }; onError(error: unknown): never };
  adapterPrototype.executeScript = async function (this: Adapter, script: unknown) {
    try {
      await this.client.query(String(script));
    } catch (error) {
      this.onError(error);
    }
  };
}

export type OpenEngine = { engine: SchemaEngine; datamodel: string; close(): Promise<void> };

export async function openSchemaEngine(options: {
  url: string;
  schemaPath: string;
  log?: (line: string) => void;
}): Promise<OpenEngine> {
  await loadWasm();
  await patchAdapterForMigrations();
  const datamodel = readFileSync(options.schemaPath, "utf8");
  // engine.free() leaves the pg pools open; keep them to dispose ourselves.
  const opened: Disposable[] = [];
  const factory = bindMigrationAwareSqlAdapterFactory(
    shadowSafeAdapter(pgConfigFromUrl(options.url), opened, process.env.SHADOW_DATABASE_URL),
  );
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[options.schemaPath, datamodel]] },
    options.log ?? (() => {}),
    factory,
  );
  const close = async () => {
    engine.free();
    await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
  };
  return { engine, datamodel, close };
}
