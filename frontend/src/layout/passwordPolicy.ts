/**
 * The part of the server's password policy (`domain/password.rs`) a form can
 * check before sending: the length, and not reusing the current password.
 * Strength is the server's call (zxcvbn, with the user's own names counted
 * as dictionary words): it answers WEAK_PASSWORD with a hint.
 */
import { GraphQLRequestError } from '../api/errors';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

export type PasswordProblem = 'tooShort' | 'tooLong' | 'sameAsCurrent';

export function passwordProblem(password: string, current?: string): PasswordProblem | null {
  const len = Array.from(password).length;
  if (len < PASSWORD_MIN) return 'tooShort';
  if (len > PASSWORD_MAX) return 'tooLong';
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
