import { describe, expect, it } from 'vitest';
import { intakeShortcut, pickShortcutHint, type KeyLike } from './shortcuts';

const key = (over: Partial<KeyLike>): KeyLike => ({
  key: '',
  code: '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...over,
});

describe('intake shortcuts', () => {
  it('Ctrl+Enter and ⌘+Enter submit; a plain Enter does not', () => {
    expect(intakeShortcut(key({ key: 'Enter', code: 'Enter', ctrlKey: true }))).toEqual({ kind: 'submit' });
    expect(intakeShortcut(key({ key: 'Enter', code: 'NumpadEnter', metaKey: true }))).toEqual({ kind: 'submit' });
    expect(intakeShortcut(key({ key: 'Enter', code: 'Enter' }))).toBeNull();
    expect(intakeShortcut(key({ key: 'Enter', code: 'Enter', shiftKey: true }))).toBeNull();
  });

  it('Alt+1…5 pick a suggestion by the physical key, whatever character it types', () => {
    expect(intakeShortcut(key({ key: '1', code: 'Digit1', altKey: true }))).toEqual({ kind: 'pick', index: 0 });
    expect(intakeShortcut(key({ key: '¡', code: 'Digit1', altKey: true }))).toEqual({ kind: 'pick', index: 0 });
    expect(intakeShortcut(key({ key: '5', code: 'Numpad5', altKey: true }))).toEqual({ kind: 'pick', index: 4 });
    expect(intakeShortcut(key({ key: '0', code: 'Digit0', altKey: true }))).toEqual({ kind: 'unpick' });
  });

  it('Alt+A takes the suggested category by the physical key', () => {
    expect(intakeShortcut(key({ key: 'a', code: 'KeyA', altKey: true }))).toEqual({ kind: 'accept' });
    expect(intakeShortcut(key({ key: 'å', code: 'KeyA', altKey: true }))).toEqual({ kind: 'accept' });
    expect(intakeShortcut(key({ key: 'a', code: 'KeyA' }))).toBeNull();
    expect(intakeShortcut(key({ key: 'A', code: 'KeyA', altKey: true, shiftKey: true }))).toBeNull();
  });

  it('ignores other digits, modifiers and plain typing', () => {
    expect(intakeShortcut(key({ key: '6', code: 'Digit6', altKey: true }))).toBeNull();
    expect(intakeShortcut(key({ key: '1', code: 'Digit1' }))).toBeNull();
    expect(intakeShortcut(key({ key: '1', code: 'Digit1', altKey: true, ctrlKey: true }))).toBeNull();
    expect(intakeShortcut(key({ key: '!', code: 'Digit1', altKey: true, shiftKey: true }))).toBeNull();
    expect(intakeShortcut(key({ key: 'b', code: 'KeyB', altKey: true }))).toBeNull();
  });

  it('does nothing while a Chinese input method is composing', () => {
    expect(intakeShortcut(key({ key: 'Enter', code: 'Enter', ctrlKey: true, isComposing: true }))).toBeNull();
    expect(intakeShortcut(key({ key: 'Process', code: 'Digit1', altKey: true, keyCode: 229 }))).toBeNull();
  });

  it('hints only the suggestions that have a shortcut', () => {
    expect(pickShortcutHint(0)).toBe('Alt+1');
    expect(pickShortcutHint(4)).toBe('Alt+5');
    expect(pickShortcutHint(5)).toBeNull();
    expect(pickShortcutHint(-1)).toBeNull();
  });
});
