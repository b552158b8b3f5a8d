"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { IMPACT_WORDS, IMPACTS, PRIORITIES, URGENCIES, URGENCY_WORDS, type PriorityMatrix } from "@/domain/triage/matrix";
import { saveMatrixAction } from "../actions";
import type { MatrixFormState } from "../schemas";

const initialState: MatrixFormState = { status: "idle" };

/** The impact x urgency grid as a real table: each select is named by its row and column headers. */
export function MatrixForm({ matrix }: { matrix: PriorityMatrix }) {
  const [state, formAction, pending] = useActionState(saveMatrixAction, initialState);
  return (
    <form action={formAction} className="flex flex-col gap-4 rounded-md bg-paper p-5 shadow-sm">
      {state.message && <Notice tone={state.status === "error" ? "error" : "success"}>{state.message}</Notice>}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="pb-3 text-left text-xl font-bold">Priority matrix</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <td className="p-2 text-sm text-ink-muted">How care is affected ↓ / who is affected →</td>
              {IMPACTS.map((impact) => (
                <th key={impact} id={`col-${impact}`} scope="col" className="p-2">
                  {IMPACT_WORDS[impact]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {URGENCIES.map((urgency) => (
              <tr key={urgency} className="border-b border-line/40">
                <th id={`row-${urgency}`} scope="row" className="p-2 font-semibold">
                  {URGENCY_WORDS[urgency]}
                </th>
                {IMPACTS.map((impact) => {
                  const name = `${urgency}.${impact}`;
                  const value = (state.values?.[name] as string | undefined) ?? matrix[urgency][impact];
                  return (
                    <td key={impact} className="p-2">
                      <select
                        name={name}
                        aria-labelledby={`row-${urgency} col-${impact}`}
                        defaultValue={value}
                        key={value}
                        className="min-h-12 w-full rounded-md border-2 border-ink bg-paper px-3 py-2 text-lg"
                      >
                        {PRIORITIES.map((priority) => (
                          <option key={priority} value={priority}>
                            {priority}
                          </option>
                        ))}
                      </select>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-sm text-ink-muted">A patient at risk is always P1, whatever this grid says; rules below can raise a priority further.</p>
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Saving…" : "Save matrix"}
      </Button>
    </form>
  );
}
