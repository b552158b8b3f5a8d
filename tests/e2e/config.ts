import { databaseUrl } from "../setup/test-database";

// Chosen by playwright.config.ts for this run (see there).
export const E2E_DATABASE = process.env.E2E_DATABASE ?? "warddesk_e2e";
export const E2E_DATABASE_URL = databaseUrl(E2E_DATABASE);
export const E2E_AUTH_SECRET = "e2e-secret-that-is-long-enough-for-auth-js-0123456789";
export const DEMO_PASSWORD = "demo-password";

export const DEMO_ACCOUNTS = {
  CLINICIAN: "clinician@demo.hospital",
  ONSITE_TECH: "onsite@demo.hospital",
  REMOTE_AGENT: "remote@demo.hospital",
  MANAGER: "manager@demo.hospital",
  ADMIN: "admin@demo.hospital",
} as const;

/** A second clinician (Emergency Department), for checks that one clinician cannot see another's tickets. */
export const SECOND_CLINICIAN = "nurse2@demo.hospital";
