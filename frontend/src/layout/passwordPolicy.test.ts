import { describe, expect, it } from 'vitest';
import { passwordProblem } from './passwordPolicy';

describe('passwordProblem', () => {
  it('leaves strength to the server: any length-fitting new password passes the form', () => {
    expect(passwordProblem('Kesu-demo-2027')).toBeNull();
    expect(passwordProblem('correcthorse9', 'Kesu-demo-2026')).toBeNull();
    expect(passwordProblem('onlyletterslong')).toBeNull();
  });

  it('names what the form can tell', () => {
    expect(passwordProblem('Short-1')).toBe('tooShort');
    expect(passwordProblem('x'.repeat(120) + '-1234567890')).toBe('tooLong');
    expect(passwordProblem('Kesu-demo-2026', 'Kesu-demo-2026')).toBe('sameAsCurrent');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblem('密码密码密码密码密1')).toBeNull();
    expect(passwordProblem('密码密码密码密码1')).toBe('tooShort');
  });
});
