import { redirect } from "next/navigation";
import { homePathFor } from "@/domain/authz/authorize";
import { getActor } from "@/server/auth";

// Everyone starts at "/" and is sent where their day's work is.
export default async function HomePage() {
  const actor = await getActor();
  redirect(actor ? homePathFor(actor.role) : "/login");
}
