import { describe, expect, it } from 'vitest';
import { passwordProblem } from './passwordPolicy';

describe('passwordProblem', () => {
  it('accepts a long password mixing two kinds of characters', () => {
    expect(passwordProblem('Kesu-demo-2027', 'agent')).toBeNull();
    expect(passwordProblem('correcthorse9', 'agent', 'Kesu-demo-2026')).toBeNull();
  });

  it('names what is wrong, like the server’s policy', () => {
    expect(passwordProblem('Short-1', 'agent')).toBe('tooShort');
    expect(passwordProblem('x'.repeat(120) + '-1234567890', 'agent')).toBe('tooLong');
    expect(passwordProblem('my-Agent-2026', 'agent')).toBe('containsUsername');
    expect(passwordProblem('onlyletterslong', 'agent')).toBe('tooSimple');
    expect(passwordProblem('12345678901', 'agent')).toBe('tooSimple');
    expect(passwordProblem('Kesu-demo-2026', 'agent', 'Kesu-demo-2026')).toBe('sameAsCurrent');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblem('密码密码密码密码密1', 'agent')).toBeNull();
    expect(passwordProblem('密码密码密码密码1', 'agent')).toBe('tooShort');
  });
});
