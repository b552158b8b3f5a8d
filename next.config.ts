import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // forbidden() renders app/forbidden.tsx with a real 403 for a signed-in user lacking a permission.
  // Server actions accept up to 6 MB: ticket attachments may be 5 MB, plus multipart overhead.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "6mb" } },
  // The password hasher ships a native binary per platform, and pg-boss is a CommonJS server library with its
  // own pg pool: both load from node_modules at run time rather than being bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg-boss"],
  poweredByHeader: false,
  // Baseline headers for every response. The full Content-Security-Policy with nonces comes with the security
  // hardening release; until then these stop framing (clickjacking a "Yes, it's fixed" button), MIME sniffing
  // and ticket URLs leaking to other sites through the Referer header.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
