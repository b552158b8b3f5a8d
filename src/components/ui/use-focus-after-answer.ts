"use client";

import { useEffect, useRef } from "react";

/**
 * After a form's server action answers, puts focus where the answer is: the first field marked invalid, else
 * the form's message. A submit button disabled while pending drops focus to the top of the page, and a
 * keyboard or screen-reader user would otherwise hear nothing of what happened.
 */
export function useFocusAfterAnswer<T>(state: T) {
  const formRef = useRef<HTMLFormElement>(null);
  const initial = useRef(state);
  useEffect(() => {
    if (state === initial.current) return; // nothing answered yet: leave focus where the page put it
    const form = formRef.current;
    if (!form) return;
    const target =
      form.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form.querySelector<HTMLElement>('[role="alert"], [role="status"]');
    if (!target) return;
    if (!target.matches("input, select, textarea, button, a[href]")) target.tabIndex = -1;
    target.focus();
  }, [state]);
  return formRef;
}
