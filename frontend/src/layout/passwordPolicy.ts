/**
 * The server's minimum password policy (`domain/password.rs`), checked in the
 * form before sending so the user learns what is wrong at once. The server
 * still decides (WEAK_PASSWORD).
 */
import { GraphQLRequestError } from '../api/errors';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

export type PasswordProblem = 'tooShort' | 'tooLong' | 'containsUsername' | 'tooSimple' | 'sameAsCurrent';

export function passwordProblem(password: string, username: string, current?: string): PasswordProblem | null {
  const len = Array.from(password).length;
  if (len < PASSWORD_MIN) return 'tooShort';
  if (len > PASSWORD_MAX) return 'tooLong';
  if (username !== '' && password.toLowerCase().includes(username.toLowerCase())) return 'containsUsername';
  const letters = /\p{L}/u.test(password);
  const digits = /[0-9]/.test(password);
  const symbols = /[^\p{L}\p{N}]/u.test(password);
  if ([letters, digits, symbols].filter(Boolean).length < 2) return 'tooSimple';
  if (current !== undefined && current !== '' && password === current) return 'sameAsCurrent';
  return null;
}

/** Which form field a refusal belongs to (by reason, or by the field the server named). */
export function fieldOfPasswordError(err: unknown): 'currentPassword' | 'newPassword' | null {
  if (!(err instanceof GraphQLRequestError)) return null;
  for (const e of err.errors) {
    if (e.reason === 'WRONG_PASSWORD' || e.field === 'currentPassword') return 'currentPassword';
    if (e.reason === 'WEAK_PASSWORD' || e.field === 'password' || e.field === 'newPassword') return 'newPassword';
  }
  return null;
}
