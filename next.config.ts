import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // forbidden() renders app/forbidden.tsx with a real 403 for a signed-in user lacking a permission.
  // Server actions accept up to 6 MB: ticket attachments may be 5 MB, plus multipart overhead.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "6mb" } },
  // The password hasher ships a native binary per platform; keep it out of the server bundle.
  serverExternalPackages: ["@node-rs/argon2"],
  poweredByHeader: false,
};

export default nextConfig;
