// Minimal React 19 test rendering for jsdom (no testing library): mount, wait, click, type, find by text.
import { act, type ReactElement } from "react";
import { createRoot, type Root } from "react-dom/client";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Mounted {
  container: HTMLElement;
  unmount(): void;
}

export async function mount(ui: ReactElement): Promise<Mounted> {
  const container = document.createElement("div");
  document.body.appendChild(container);
  let root: Root | undefined;
  await act(async () => {
    root = createRoot(container);
    root.render(ui);
  });
  return {
    container,
    unmount: () => {
      act(() => root!.unmount());
      container.remove();
    },
  };
}

/** Retry an assertion while React settles (lazy chunks, promises), up to `ms`. */
export async function waitFor<T>(check: () => T, ms = 3000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      return check();
    } catch (e) {
      if (Date.now() > end) throw e;
      await act(async () => {
        await new Promise((r) => setTimeout(r, 10));
      });
    }
  }
}

export async function click(el: Element): Promise<void> {
  await act(async () => {
    (el as HTMLElement).click();
  });
}

/** Type into a controlled input the way React sees it (native value setter + input event). */
export async function type(input: HTMLInputElement, text: string): Promise<void> {
  await act(async () => {
    const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
    set.call(input, text);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

/** The button (or link-button) whose text is exactly `text`. */
export function button(root: HTMLElement, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll("button")].find((b) => b.textContent?.trim() === text);
  if (!found) throw new Error(`no button "${text}" in: ${[...root.querySelectorAll("button")].map((b) => b.textContent).join(" | ")}`);
  return found;
}

export const textOf = (root: HTMLElement): string => root.textContent ?? "";

/** Type into any controlled field (input, textarea) or choose in a <select>, the way React sees it. */
export async function fill(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, text: string): Promise<void> {
  await act(async () => {
    const set = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), "value")!.set!;
    set.call(el, text);
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }));
  });
}
