import { z } from "zod";

export const ZNotificationId = z.uuid();

export type MarkAllReadState = { status: "idle" | "done"; message?: string };
