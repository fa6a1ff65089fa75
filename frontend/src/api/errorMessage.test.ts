import { describe, expect, it } from 'vitest';
import zhCN, { type MessageKey } from '../i18n/zh-CN';
import enUS from '../i18n/en-US';
import { interpolate } from '../i18n/format';
import type { TFunction } from '../i18n';
import { ERROR_REASONS, GraphQLRequestError, isStaleVersion, toErrorItem, type ErrorReason } from './errors';
import { errorMessage, errorTitle, fieldLabel } from './errorMessage';

const tZh: TFunction = (key: MessageKey, vars) => interpolate(zhCN[key], vars);
const tEn: TFunction = (key: MessageKey, vars) => interpolate(enUS[key], vars);

/** An error as `gqlRequest` builds it from the server's JSON. */
const fromServer = (...raw: unknown[]) => new GraphQLRequestError(raw.map(toErrorItem));
const serverError = (code: string, reason?: string, field?: string, message = 'the server’s English text') =>
  fromServer({ message, extensions: { code, reason, field } });

describe('errorMessage', () => {
  it('reads reason and field from extensions, and ignores an unknown reason', () => {
    expect(toErrorItem({ message: 'm', extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' } })).toEqual({
      message: 'm',
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
    });
    expect(
      toErrorItem({ message: 'm', extensions: { code: 'BAD_USER_INPUT', reason: 'NEW_THING', field: 'x' } }),
    ).toEqual({ message: 'm', code: 'BAD_USER_INPUT', field: 'x' });
  });

  it('has its own message for every reason, in both languages, never the server’s text', () => {
    for (const reason of ERROR_REASONS) {
      const err = serverError('BAD_USER_INPUT', reason);
      for (const t of [tZh, tEn]) {
        const text = errorMessage(err, t);
        expect(text, reason).not.toContain('English text');
        expect(text, reason).not.toBe('');
      }
      expect(errorMessage(err, tZh)).toBe(zhCN[`error.reason.${reason}` as MessageKey]);
    }
  });

  it('chooses the message by reason', () => {
    const cases: Array<[string, ErrorReason, string, string]> = [
      ['UNAUTHENTICATED', 'BAD_CREDENTIALS', '用户名或密码错误。', 'Wrong username or password.'],
      ['BAD_USER_INPUT', 'WRONG_PASSWORD', '当前密码不正确。', 'The current password is not correct.'],
      ['FORBIDDEN', 'SELF_REVIEW', '不能审核或发布自己提交的内容', 'You cannot review or publish your own work'],
      ['BAD_USER_INPUT', 'NOT_TEAM_MEMBER', '不是该团队的在职成员', 'not an active member of that team'],
      ['FORBIDDEN', 'APPROVAL_REQUIRED', '该金额超出您的审批权限', 'above your authority'],
      ['CONFLICT', 'ALREADY_DECIDED', '该审批已由他人处理或已撤回', 'already decided by someone else'],
    ];
    for (const [code, reason, zh, en] of cases) {
      expect(errorMessage(serverError(code, reason), tZh)).toContain(zh);
      expect(errorMessage(serverError(code, reason), tEn)).toContain(en);
    }
  });

  it('takes a screen’s own wording for a reason, and only for that reason', () => {
    const reasons = {
      SELF_REVIEW: 'erasure.decide.selfReview',
      ALREADY_DECIDED: 'erasure.decide.alreadyDecided',
    } as const;
    expect(errorMessage(serverError('FORBIDDEN', 'SELF_REVIEW'), tZh, { reasons })).toContain('不能审批自己提交的申请');
    expect(errorMessage(serverError('CONFLICT', 'ALREADY_DECIDED'), tEn, { reasons })).toContain(
      'already been handled',
    );
    // another reason keeps the shared message
    expect(errorMessage(serverError('FORBIDDEN', 'MISSING_PERMISSION'), tZh, { reasons })).toBe(
      zhCN['error.reason.MISSING_PERMISSION'],
    );
  });

  it('names the amount fields of a proposal and a decision', () => {
    expect(errorMessage(serverError('BAD_USER_INPUT', 'INVALID_INPUT', 'refundGrantedCents'), tZh)).toBe(
      '「批准退款/赔偿金额」填写有误，请检查后重试。',
    );
    expect(errorMessage(serverError('BAD_USER_INPUT', 'INVALID_INPUT', 'wronglyChargedCents'), tZh)).toBe(
      '「错收金额」填写有误，请检查后重试。',
    );
    expect(errorMessage(serverError('BAD_USER_INPUT', 'INVALID_INPUT', 'amountCents'), tEn)).toBe(
      '“approved amount” is not valid. Check it and try again.',
    );
    // a CONFLICT that is a decided approval is no stale version: reloading the form would not help
    expect(isStaleVersion(serverError('CONFLICT', 'ALREADY_DECIDED'))).toBe(false);
  });

  it('names the field of INVALID_INPUT in the user’s language', () => {
    const err = serverError('BAD_USER_INPUT', 'INVALID_INPUT', 'customerPhone');
    expect(errorMessage(err, tZh)).toBe('「客户电话」填写有误，请检查后重试。');
    expect(errorMessage(err, tEn)).toBe('“customer phone” is not valid. Check it and try again.');
    // a nested field name uses its last segment
    expect(fieldLabel(tZh, 'input.title')).toBe('标题');
    // an unknown field falls back to the general message, not the raw name
    const unknown = serverError('BAD_USER_INPUT', 'INVALID_INPUT', 'somethingNew');
    expect(errorMessage(unknown, tZh)).toBe('输入内容有误，请检查后重试。');
  });

  it('falls back to the code when the server sends no reason', () => {
    expect(errorMessage(serverError('FORBIDDEN'), tZh)).toBe('您没有执行此操作的权限。');
    expect(errorMessage(serverError('NOT_FOUND'), tEn)).toBe('The record does not exist or was deleted.');
    expect(errorMessage(serverError('BAD_USER_INPUT', undefined, 'username'), tZh)).toBe(
      '「用户名」填写有误，请检查后重试。',
    );
    expect(errorMessage(serverError('TEAPOT'), tZh)).toBe('操作未能完成，请稍后重试。');
    expect(errorMessage(new Error('boom'), tZh)).toBe('操作未能完成，请稍后重试。');
    expect(
      errorMessage(serverError('UNAUTHENTICATED'), tZh, { fallback: { UNAUTHENTICATED: 'auth.failed.fallback' } }),
    ).toBe(zhCN['auth.failed.fallback']);
  });

  it('knows the rate limit by code and by reason', () => {
    const limited = serverError('TOO_MANY_REQUESTS', 'RATE_LIMITED');
    expect(limited.code).toBe('TOO_MANY_REQUESTS');
    expect(limited.reason).toBe('RATE_LIMITED');
    expect(errorTitle(limited, tZh)).toBe('请求过于频繁');
    expect(errorMessage(limited, tZh)).toBe('操作过于频繁，请稍后再试。');
    expect(errorMessage(limited, tEn)).toContain('Too many attempts');
    expect(errorMessage(serverError('TOO_MANY_REQUESTS'), tZh)).toBe('操作过于频繁，请稍后再试。');
  });

  it('says each distinct message once', () => {
    const err = fromServer(
      { message: 'a', extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', field: 'title' } },
      { message: 'b', extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', field: 'title' } },
      { message: 'c', extensions: { code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE' } },
    );
    expect(errorMessage(err, tZh)).toBe('「标题」填写有误，请检查后重试。 文件太大，超过了允许的上限。');
  });
});

describe('errorTitle and conflicts', () => {
  it('calls only STALE_VERSION “changed by someone else”; ALREADY_EXISTS is “already exists”', () => {
    const stale = serverError('CONFLICT', 'STALE_VERSION');
    const taken = serverError('CONFLICT', 'ALREADY_EXISTS', 'username');
    expect(errorTitle(stale, tZh)).toBe('数据已被他人修改');
    expect(errorTitle(taken, tZh)).toBe('数据已存在');
    expect(errorTitle(taken, tEn)).toBe('Already exists');
    expect(errorMessage(taken, tZh)).toBe('该用户名已存在，请换一个。');
    expect(errorTitle(serverError('CONFLICT'), tZh)).not.toBe('数据已被他人修改');
    expect(errorTitle(serverError('FORBIDDEN', 'MISSING_PERMISSION'), tZh)).toBe('没有权限');
  });

  it('offers a reload only for a stale version', () => {
    expect(isStaleVersion(serverError('CONFLICT', 'STALE_VERSION'))).toBe(true);
    expect(isStaleVersion(serverError('CONFLICT', 'ALREADY_EXISTS'))).toBe(false);
    // an older server sent CONFLICT alone for a stale version
    expect(isStaleVersion(serverError('CONFLICT'))).toBe(true);
    expect(isStaleVersion(serverError('BAD_USER_INPUT', 'INVALID_INPUT'))).toBe(false);
    expect(isStaleVersion(new Error('x'))).toBe(false);
  });
});
