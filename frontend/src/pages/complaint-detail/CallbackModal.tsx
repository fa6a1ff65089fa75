import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Form, Input, Modal, Rate, Space, Typography } from 'antd';
import { ReloadOutlined, WarningOutlined } from '@ant-design/icons';
import { isStaleVersion, type GraphQLRequestError } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { ComplaintAction } from '../../gql/graphql';
import { useT } from '../../i18n';
import { actionLabel } from '../../lib/enums';
import { buildActionRequest, type ActionValues } from './actions';
import {
  CALLBACK_MAX_ATTEMPTS,
  callbackEffect,
  callbackOutcome,
  isLastAttempt,
  isLowScore,
  type CallbackAction,
} from './callback';
import { runAction, type ActionOutcome } from './runAction';

/** What the callback dialog needs of a complaint (the detail page's, or a 回访队列 row). */
export interface CallbackTarget {
  id: string;
  number: string;
  version: number;
  availableActions: readonly ComplaintAction[];
  callbackAttempts: number;
}

/**
 * The satisfaction callback (记录回访) or an unanswered attempt (回访未接通),
 * from the complaint detail page and the 回访队列. The callback says what the
 * score will do — 3–5 closes, 1–2 reopens with the expert team — and lets a
 * supervisor (`canOverride`) close a low score anyway with a reason; the
 * attempt warns when it is the last before closing as unreachable. Sent with
 * the version the user saw: on STALE_VERSION it offers to reload, keeping
 * what was typed. `onDone` gets the words for what happened.
 */
export function CallbackModal({
  action,
  complaint,
  canOverride,
  onClose,
  onDone,
  onReload,
  reloading,
}: {
  action: CallbackAction;
  complaint: CallbackTarget;
  canOverride: boolean;
  onClose: () => void;
  onDone: (outcome: ActionOutcome, message: string) => void;
  onReload: () => Promise<unknown>;
  reloading: boolean;
}) {
  const t = useT();
  const [form] = Form.useForm<ActionValues>();
  const attemptsBefore = complaint.callbackAttempts;
  const send = useMutation<ActionOutcome, GraphQLRequestError, ActionValues>({
    mutationFn: (values) => runAction(buildActionRequest(action, complaint.id, complaint.version, values)),
    onSuccess: (outcome, values) => {
      const said = callbackOutcome(action, outcome, {
        attemptsBefore,
        closeDespite: callbackEffect(values.satisfaction, values.closeDespiteLowScore, canOverride) === 'closeDespite',
      });
      onDone(
        outcome,
        said
          ? t(said.key, { ...said.params, number: complaint.number })
          : t('detail.action.done', { action: actionLabel(t, action), version: outcome.version }),
      );
    },
  });
  const conflict = isStaleVersion(send.error);
  const stillAvailable = complaint.availableActions.includes(action);
  const last = action === 'CALLBACK_ATTEMPT' && isLastAttempt(attemptsBefore);

  const reload = async () => {
    await onReload();
    send.reset();
  };

  return (
    <Modal
      open
      title={`${actionLabel(t, action)} · ${complaint.number}`}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      width={560}
      footer={
        <Space>
          <Button onClick={onClose}>{t('detail.common.cancel')}</Button>
          <Button
            type="primary"
            danger={last}
            loading={send.isPending}
            disabled={conflict || !stillAvailable}
            onClick={() => form.submit()}
            data-testid="action-submit"
          >
            {t('detail.action.submit')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        {t(`detail.action.desc.${action}` as const)}
        <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
          {t('detail.action.version', { version: complaint.version })}
        </Typography.Text>
      </Typography.Paragraph>
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          icon={<WarningOutlined />}
          style={{ marginBottom: 16 }}
          data-testid="conflict-alert"
          message={t('detail.conflict.title')}
          description={t('detail.conflict.desc')}
          action={
            <Button
              size="small"
              type="primary"
              icon={<ReloadOutlined />}
              loading={reloading}
              onClick={() => void reload()}
              data-testid="conflict-reload"
            >
              {t('detail.conflict.reload')}
            </Button>
          }
        />
      ) : send.error ? (
        <ErrorAlert error={send.error} style={{ marginBottom: 16 }} />
      ) : null}
      {!stillAvailable ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('detail.action.unavailable')}
          data-testid="action-unavailable"
        />
      ) : null}
      <Form<ActionValues>
        form={form}
        layout="vertical"
        name={`action-${action.toLowerCase()}`}
        onFinish={(values) => send.mutate(values)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            form.submit();
          }
        }}
      >
        {action === 'RECORD_CALLBACK' ? (
          <CallbackFields canOverride={canOverride} />
        ) : (
          <AttemptFields attemptsBefore={attemptsBefore} />
        )}
      </Form>
    </Modal>
  );
}

/** The score, what it will do, closing a low score anyway (supervisors), and the notes. */
function CallbackFields({ canOverride }: { canOverride: boolean }) {
  const t = useT();
  const form = Form.useFormInstance<ActionValues>();
  const score = Form.useWatch('satisfaction', form);
  const despite = Form.useWatch('closeDespiteLowScore', form);
  const effect = callbackEffect(score, despite, canOverride);
  const scoreLabel = t('detail.field.satisfaction');
  const reasonLabel = t('callbacks.form.reason');
  return (
    <>
      <Form.Item
        name="satisfaction"
        label={scoreLabel}
        rules={[{ required: true, message: t('detail.field.required', { field: scoreLabel }) }]}
        extra={t('detail.field.satisfaction.extra')}
      >
        <Rate
          autoFocus
          count={5}
          tooltips={[1, 2, 3, 4, 5].map((n) => t(`detail.satisfaction.${n}` as 'detail.satisfaction.1'))}
        />
      </Form.Item>
      {effect === 'close' ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('callbacks.form.closes')}
          data-testid="callback-effect"
          data-effect={effect}
        />
      ) : null}
      {effect === 'reopen' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('callbacks.form.lowScore.title')}
          description={t('callbacks.form.lowScore.desc')}
          data-testid="callback-effect"
          data-effect={effect}
        />
      ) : null}
      {effect === 'closeDespite' ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('callbacks.form.closeDespite.title')}
          data-testid="callback-effect"
          data-effect={effect}
        />
      ) : null}
      {canOverride && isLowScore(score) ? (
        <>
          <Form.Item
            name="closeDespiteLowScore"
            valuePropName="checked"
            extra={t('callbacks.form.closeDespite.extra')}
            style={{ marginBottom: despite ? 8 : undefined }}
          >
            <Checkbox data-testid="callback-close-despite">{t('callbacks.form.closeDespite')}</Checkbox>
          </Form.Item>
          {despite ? (
            <Form.Item
              name="reason"
              label={reasonLabel}
              rules={[
                { required: true, whitespace: true, message: t('detail.field.required', { field: reasonLabel }) },
              ]}
            >
              <Input.TextArea
                autoSize={{ minRows: 2, maxRows: 8 }}
                maxLength={5000}
                placeholder={t('callbacks.form.reason.placeholder')}
              />
            </Form.Item>
          ) : null}
        </>
      ) : null}
      <Form.Item name="comment" label={t('detail.field.comment')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={5000} />
      </Form.Item>
    </>
  );
}

/** Which attempt this is (the last one closes the complaint as unreachable), and what happened. */
function AttemptFields({ attemptsBefore }: { attemptsBefore: number }) {
  const t = useT();
  const max = CALLBACK_MAX_ATTEMPTS;
  return (
    <>
      {isLastAttempt(attemptsBefore) ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('callbacks.attempt.last.title', { max })}
          description={t('callbacks.attempt.last.desc')}
          data-testid="attempt-warning"
          data-last="true"
        />
      ) : (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('callbacks.attempt.next', { attempt: attemptsBefore + 1, max })}
          data-testid="attempt-warning"
          data-last="false"
        />
      )}
      <Form.Item name="note" label={t('detail.field.note.CALLBACK_ATTEMPT')}>
        <Input.TextArea autoFocus autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} />
      </Form.Item>
    </>
  );
}
