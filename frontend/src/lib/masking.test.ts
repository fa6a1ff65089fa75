import { describe, expect, it } from 'vitest';
import { maskName, maskPhone } from './masking';

describe('masked contact display', () => {
  it('keeps what the server already masked', () => {
    expect(maskPhone('138****1234')).toBe('138****1234');
    expect(maskName('王**')).toBe('王**');
  });

  it('masks a phone number that arrives in clear', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('138-1234-5678')).toBe('138****5678');
    expect(maskPhone('12345')).toBe('*****');
    expect(maskPhone(null)).toBe('');
  });

  it('masks a name that arrives in clear', () => {
    expect(maskName('王小明')).toBe('王**');
    expect(maskName('欧阳雪梅')).toBe('欧***');
    expect(maskName('王')).toBe('王');
    expect(maskName(undefined)).toBe('');
  });
});
