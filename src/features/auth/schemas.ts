import { z } from "zod";

export const ZSignIn = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter your work email.")
    .max(254, "That email is too long.")
    .pipe(z.email("Enter an email like name@hospital.org.")),
  // Long passphrases welcome; the cap only stops a megabyte-sized body from reaching the hasher.
  password: z.string().min(1, "Enter your password.").max(1024, "That password is too long."),
  next: z.string().max(2048).optional(),
});

export type TSignIn = z.infer<typeof ZSignIn>;

export type SignInState = {
  status: "idle" | "error";
  message?: string;
  fields?: Partial<Record<"email" | "password", string[]>>;
  values?: { email: string };
};
