/**
 * Keyboard shortcuts of the intake form, as a pure function of a key event
 * so that they can be tested without a browser:
 *
 * - Ctrl+Enter (⌘+Enter on a Mac) submits from anywhere in the form;
 * - Alt+1 … Alt+5 takes the Nth knowledge-base suggestion (again: drops it);
 * - Alt+0 drops the chosen article;
 * - Alt+A takes the centre's suggestion (category and priority).
 *
 * Digits are read from `code` (the physical key), because Alt/Option+1
 * types `¡` on a Mac keyboard. Nothing fires while an input method is
 * composing (Chinese pinyin input uses Enter and digits to pick characters).
 */

export const MAX_PICK_SHORTCUTS = 5;

export type IntakeShortcut =
  | { kind: 'submit' }
  | { kind: 'pick'; index: number }
  | { kind: 'unpick' }
  | { kind: 'accept' };

export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
  keyCode?: number;
}

export function intakeShortcut(e: KeyLike): IntakeShortcut | null {
  // 229: the key event of an IME composition in browsers without isComposing
  if (e.isComposing || e.keyCode === 229) return null;
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey) return { kind: 'submit' };
  if (e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
    if (e.code === 'KeyA') return { kind: 'accept' };
    const digit = /^(?:Digit|Numpad)(\d)$/.exec(e.code)?.[1];
    if (digit === undefined) return null;
    const n = Number(digit);
    if (n === 0) return { kind: 'unpick' };
    if (n <= MAX_PICK_SHORTCUTS) return { kind: 'pick', index: n - 1 };
  }
  return null;
}

/** The hint shown next to the Nth suggestion (0-based), e.g. `Alt+1`; null past the last shortcut. */
export function pickShortcutHint(index: number): string | null {
  return index >= 0 && index < MAX_PICK_SHORTCUTS ? `Alt+${index + 1}` : null;
}
