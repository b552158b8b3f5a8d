"use client";

import { useActionState, useState } from "react";
import { useFocusAfterAnswer } from "@/components/ui/use-focus-after-answer";
import { ROLE_LABELS, ROLES } from "@/domain/authz/roles";
import { Button } from "@/components/ui/button";
import { FieldShell } from "@/components/ui/field-shell";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { issueApiTokenAction } from "../actions";
import type { IssueApiTokenState } from "../schemas";

const initialState: IssueApiTokenState = { status: "idle" };

/** Issues a token and shows it once, with a way to copy it; the page never shows it again. */
export function IssueTokenForm() {
  const [state, formAction, pending] = useActionState(issueApiTokenAction, initialState);
  const formRef = useFocusAfterAnswer(state);
  return (
    <div className="flex flex-col gap-4">
      {state.issued && <IssuedToken key={state.issued.token} issued={state.issued} />}
      <form ref={formRef} action={formAction} noValidate className="flex flex-col gap-5 rounded-md bg-paper p-5 shadow-sm">
        <h2 className="text-xl font-bold">Issue a token</h2>
        {state.status === "error" && state.message && <Notice tone="error">{state.message}</Notice>}
        <TextField
          name="name"
          label="System name"
          hint="Who will use it, e.g. “Patient monitoring alerts” or “EHR interface engine”."
          autoComplete="off"
          required
          defaultValue={state.values?.name}
          errors={state.fields?.name}
        />
        <RoleSelect defaultValue={state.values?.role} errors={state.fields?.role} />
        <Button type="submit" disabled={pending} className="self-start">
          {pending ? "Issuing…" : "Issue token"}
        </Button>
      </form>
    </div>
  );
}

function RoleSelect({ defaultValue, errors }: { defaultValue?: string; errors?: string[] }) {
  return (
    <FieldShell
      id="role"
      label="Role"
      hint="The token may do what this role may do. Systems that report problems need a role that may report them."
      errors={errors}
    >
      {(control) => (
        <select {...control} name="role" required defaultValue={defaultValue ?? ""}>
          <option value="" disabled>
            Choose a role
          </option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

function IssuedToken({ issued }: { issued: NonNullable<IssueApiTokenState["issued"]> }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    await navigator.clipboard.writeText(issued.token);
    setCopied(true);
  }
  return (
    <Notice tone="success" title={`Token issued for ${issued.name} (${ROLE_LABELS[issued.role]})`}>
      <p>
        Copy it now and put it in that system’s secret settings. This is the only time it is shown: WardDesk keeps
        only a fingerprint of it.
      </p>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex grow flex-col gap-1">
          <label htmlFor="new-token" className="font-semibold">
            New token
          </label>
          <input
            id="new-token"
            readOnly
            value={issued.token}
            onFocus={(event) => event.currentTarget.select()}
            className="min-h-12 w-full rounded-md border-2 border-ink bg-paper px-3 py-2 font-mono text-base"
          />
        </div>
        <Button type="button" variant="secondary" onClick={copy}>
          {copied ? "Copied" : "Copy token"}
        </Button>
      </div>
    </Notice>
  );
}
