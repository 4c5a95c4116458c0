/**
 * Runs `task` when the button is clicked, one run at a time. aria-disabled rather than disabled:
 * the button keeps its keyboard focus while Excel works, and a second click is ignored.
 */
export function onClickOneAtATime(button: HTMLButtonElement, task: () => Promise<void>): void {
  let busy = false;
  button.addEventListener("click", async () => {
    if (busy) return;
    busy = true;
    button.setAttribute("aria-disabled", "true");
    try {
      await task();
    } finally {
      busy = false;
      button.removeAttribute("aria-disabled");
    }
  });
}
