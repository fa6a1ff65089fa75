import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildMultipartBody, gqlUpload, setUnauthenticatedHandler } from './client';
import { GraphQLRequestError } from './errors';
import { UploadAttachmentMutation } from '../pages/complaint-detail/queries';

const file = () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], '发票.png', { type: 'image/png' });

describe('GraphQL multipart uploads', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setUnauthenticatedHandler(null);
  });

  it('follow the multipart request spec: operations with null files, a map, then the files', () => {
    const f = file();
    const body = buildMultipartBody(
      UploadAttachmentMutation,
      { input: { complaintId: '42', file: f } },
      { 'variables.input.file': f },
    );
    expect([...body.keys()]).toEqual(['operations', 'map', '0']);
    const ops = JSON.parse(body.get('operations') as string) as {
      query: string;
      operationName: string;
      variables: { input: { complaintId: string; file: null } };
    };
    expect(ops.operationName).toBe('DetailUploadAttachment');
    expect(ops.query).toContain('uploadAttachment(input: $input)');
    expect(ops.variables).toEqual({ input: { complaintId: '42', file: null } });
    expect(JSON.parse(body.get('map') as string)).toEqual({ '0': ['variables.input.file'] });
    const part = body.get('0') as File;
    expect(part.name).toBe('发票.png');
    expect(part.size).toBe(4);
  });

  it('refuses a file path that is not a variable', () => {
    const f = file();
    expect(() =>
      buildMultipartBody(
        UploadAttachmentMutation,
        { input: { complaintId: '1', file: f } },
        { 'variables.nope.file': f },
      ),
    ).toThrow(/no variable/);
  });

  it('posts without a JSON content type and surfaces the server’s error verbatim', async () => {
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(
      new Response(
        JSON.stringify({
          data: null,
          errors: [
            { message: 'file is larger than 10485760 bytes', extensions: { code: 'BAD_USER_INPUT', field: 'file' } },
          ],
        }),
        { headers: { 'content-type': 'application/json' } },
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    const f = file();
    const err = await gqlUpload(
      UploadAttachmentMutation,
      { input: { complaintId: '1', file: f } },
      { 'variables.input.file': f },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GraphQLRequestError);
    expect((err as GraphQLRequestError).code).toBe('BAD_USER_INPUT');
    expect((err as GraphQLRequestError).message).toBe('file is larger than 10485760 bytes');
    const init = fetchMock.mock.calls[0]?.[1];
    expect(init?.body).toBeInstanceOf(FormData);
    expect(init?.credentials).toBe('same-origin');
    expect(new Headers(init?.headers).get('content-type')).toBeNull();
    expect(new Headers(init?.headers).get('graphql-require-preflight')).toBe('1');
  });

  it('signs the user out on UNAUTHENTICATED like any request', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>().mockResolvedValue(
        new Response(
          JSON.stringify({
            errors: [{ message: 'authentication required', extensions: { code: 'UNAUTHENTICATED' } }],
          }),
        ),
      ),
    );
    const handler = vi.fn();
    setUnauthenticatedHandler(handler);
    const f = file();
    await expect(
      gqlUpload(UploadAttachmentMutation, { input: { complaintId: '1', file: f } }, { 'variables.input.file': f }),
    ).rejects.toThrow('authentication required');
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
