"use client";

import { useActionState, useState } from "react";
import { useFocusAfterAnswer } from "@/components/ui/use-focus-after-answer";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { ATTACHMENT_ACCEPT, ATTACHMENT_MAX_BYTES, FILE_SIZE_MESSAGE } from "@/domain/tickets/file-type";
import { addAttachmentAction } from "../actions";
import type { TicketFormState } from "../schemas";

const initialState: TicketFormState = { status: "idle" };

/**
 * Upload of a screenshot or PDF. The size is also checked here, before sending: a file far over the limit
 * would otherwise be cut off by the server's request limit with a less helpful message. The server decides.
 */
export function AttachmentForm({ ticketId }: { ticketId: string }) {
  const [state, formAction, pending] = useActionState(addAttachmentAction, initialState);
  const formRef = useFocusAfterAnswer(state);
  const [tooBig, setTooBig] = useState(false);
  const errors = tooBig ? [FILE_SIZE_MESSAGE] : state.fields?.file;
  return (
    <form
      ref={formRef}
      action={formAction}
      className="flex flex-col gap-4"
      noValidate
      onSubmit={(event) => {
        const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
        const refuse = !!file && file.size > ATTACHMENT_MAX_BYTES;
        setTooBig(refuse);
        if (refuse) event.preventDefault();
      }}
    >
      <input type="hidden" name="ticketId" value={ticketId} />
      {state.status === "error" && state.message && <Notice tone="error">{state.message}</Notice>}
      {state.status === "done" && !tooBig && <Notice tone="success">{state.message}</Notice>}
      <TextField
        type="file"
        name="file"
        id="attachment-file"
        label="Add a screenshot or PDF"
        hint="PNG, JPEG, GIF, WebP or PDF, up to 5 MB. Check it shows no patient information: crop or cover names first."
        accept={ATTACHMENT_ACCEPT}
        errors={errors}
        onChange={() => setTooBig(false)}
      />
      <Button type="submit" variant="secondary" disabled={pending} className="w-full sm:w-auto sm:self-start">
        {pending ? "Uploading…" : "Upload file"}
      </Button>
    </form>
  );
}
