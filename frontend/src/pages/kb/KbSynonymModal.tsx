import { Alert, App, Col, Form, Input, Modal, Radio, Row, Select } from 'antd';
import { hasErrorCode, isStaleVersion } from '../../api/errors';
import { useGqlMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import {
  MAX_NOTE_CHARS,
  SYNONYM_KINDS,
  correctionProblems,
  splitTerms,
  noteProblem,
  termsProblem,
  termsText,
  toFormValues,
  toSaveInput,
  type Problem,
  type SynonymFormValues,
  type SynonymRow,
} from './synonymModel';
import { SaveKbSynonymMutation } from './synonymQueries';

/** Separators that turn typed text into tags: space, commas, 、 and semicolons. */
const TERM_SEPARATORS = [' ', ',', '，', '、', ';', '；'];

/**
 * Adding an entry, or editing one (a built-in one too). The words are checked
 * here with the server's rules first; the version read is sent back, so an
 * entry changed meanwhile is refused with STALE_VERSION (the list is reloaded
 * for the next try), the same words of the same kind with ALREADY_EXISTS;
 * both shown by reason.
 */
export function KbSynonymModal({
  synonym,
  onClose,
  onDone,
}: {
  /** null: a new entry. */
  synonym: SynonymRow | null;
  onClose: () => void;
  /** After a save, and after a refusal that makes the list stale. */
  onDone: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<SynonymFormValues>();
  const initial = toFormValues(synonym);
  const kind = Form.useWatch('kind', form) ?? initial.kind;
  const save = useGqlMutation(SaveKbSynonymMutation, {
    onSuccess: () => {
      void message.success(synonym ? t('kb.syn.updated') : t('kb.syn.created'));
      onDone();
      onClose();
    },
    // changed or deleted meanwhile: the reloaded list shows what is there now
    onError: (err) => {
      if (isStaleVersion(err) || hasErrorCode(err, 'NOT_FOUND')) onDone();
    },
  });
  const onOk = () => {
    form
      .validateFields()
      .then((v) => save.mutate({ input: toSaveInput(synonym, v) }))
      .catch(() => undefined); // field errors are shown next to the fields
  };
  const check = (problem: (value: unknown) => Problem | null) => ({
    validator: (_: unknown, value: unknown) => {
      const p = problem(value);
      return p ? Promise.reject(new Error(t(p.key, p.vars))) : Promise.resolve();
    },
  });
  const text = (v: unknown) => (typeof v === 'string' ? v : '');

  return (
    <Modal
      open
      width={600}
      title={synonym ? t('kb.syn.modal.editTitle', { terms: termsText(synonym) }) : t('kb.syn.modal.createTitle')}
      onOk={onOk}
      onCancel={onClose}
      okText={t('kb.syn.save')}
      cancelText={t('kb.syn.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'kb-synonym-save' }}
      destroyOnHidden
    >
      {save.error ? <ErrorAlert error={save.error} style={{ marginBottom: 16 }} /> : null}
      {synonym?.source === 'BUILTIN' ? (
        <Alert type="info" showIcon message={t('kb.syn.help.builtin')} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<SynonymFormValues> form={form} layout="vertical" name="kb-synonym" initialValues={initial}>
        <Form.Item name="kind" label={t('kb.syn.field.kind')} extra={t(`kb.syn.help.${kind}` as const)}>
          <Radio.Group
            optionType="button"
            options={SYNONYM_KINDS.map((k) => ({ value: k, label: t(`kb.syn.kind.${k}` as const) }))}
          />
        </Form.Item>
        {kind === 'CORRECTION' ? (
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item
                name="wrong"
                label={t('kb.syn.field.wrong')}
                extra={t('kb.syn.help.normalized')}
                dependencies={['right']}
                rules={[check((v) => correctionProblems(text(v), form.getFieldValue('right') as string).wrong)]}
              >
                <Input placeholder={t('kb.syn.ph.wrong')} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                name="right"
                label={t('kb.syn.field.right')}
                dependencies={['wrong']}
                rules={[check((v) => correctionProblems(form.getFieldValue('wrong') as string, text(v)).right)]}
              >
                <Input placeholder={t('kb.syn.ph.right')} />
              </Form.Item>
            </Col>
          </Row>
        ) : (
          <Form.Item
            name="terms"
            label={t('kb.syn.field.terms')}
            // a pasted tag with a separator the box does not know (a tab, a full-width space) is split too
            normalize={(v: unknown) => (Array.isArray(v) ? [...new Set((v as string[]).flatMap(splitTerms))] : v)}
            extra={
              <>
                {t('kb.syn.help.terms')}
                <br />
                {t('kb.syn.help.normalized')}
              </>
            }
            rules={[check((v) => termsProblem('GROUP', Array.isArray(v) ? (v as string[]) : []))]}
          >
            <Select
              mode="tags"
              tokenSeparators={TERM_SEPARATORS}
              open={false}
              suffixIcon={null}
              placeholder={t('kb.syn.ph.terms')}
            />
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={t('kb.syn.field.note')}
          rules={[check((v) => noteProblem(text(v)))]}
        >
          {/* no maxLength: a pasted note that is too long stays visible and the validator says why */}
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 5 }}
            showCount={{ formatter: ({ count }) => `${count} / ${MAX_NOTE_CHARS}` }}
            placeholder={t('kb.syn.ph.note')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
