"use client";

import { useActionState } from "react";
import { useFocusAfterAnswer } from "@/components/ui/use-focus-after-answer";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { signInAction } from "../actions";
import type { SignInState } from "../schemas";

const initialState: SignInState = { status: "idle" };

export function SignInForm({ next }: { next?: string }) {
  const [state, formAction, pending] = useActionState(signInAction, initialState);
  const formRef = useFocusAfterAnswer(state);
  return (
    <form ref={formRef} action={formAction} className="flex flex-col gap-5" noValidate>
      {state.message && <Notice tone="error">{state.message}</Notice>}
      {next && <input type="hidden" name="next" value={next} />}
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        defaultValue={state.values?.email}
        errors={state.fields?.email}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        errors={state.fields?.password}
      />
      <Button type="submit" disabled={pending} className="w-full text-lg">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
