import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Flex, Result, Row, Space, Tag, Tooltip, Typography } from 'antd';
import { EditOutlined, ReloadOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { gqlKey, useGqlQuery } from '../../api/hooks';
import type { GraphQLRequestError } from '../../api/errors';
import { Can, useMe, usePermission } from '../../auth';
import { PriorityTag, StatusTag } from '../../components/EnumTags';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../api/errorMessage';
import { PageContainer } from '../../components/PageContainer';
import { PageSkeleton } from '../../components/PageLoading';
import { PromiseDate } from '../../components/PromiseDate';
import type { ComplaintAction, ComplaintDetailQuery as ComplaintDetailData } from '../../gql/graphql';
import { useT } from '../../i18n';
import { FINISHED_STATUSES, actionLabel } from '../../lib/enums';
import { paths } from '../../paths';
import { ActionModal } from './ActionModal';
import { CALLBACK_MAX_ATTEMPTS, isCallbackAction } from './callback';
import { CallbackModal } from './CallbackModal';
import { ACTION_SPECS, orderActions } from './actions';
import { ClockModal, type ClockChange } from './ClockModal';
import { AssignModal } from './AssignModal';
import { EditComplaintModal } from './EditComplaintModal';
import { canOfferAssign, primaryStep, seatOf } from './primaryStep';
import { AnnouncementCard } from './AnnouncementCard';
import { ApprovalsCard } from './ApprovalsCard';
import { Attachments } from './Attachments';
import { CustomerView } from './CustomerView';
import { DetailFields } from './DetailFields';
import { readJustCreated } from './justCreated';
import { NoteBox } from './NoteBox';
import { ComplaintDetailQuery } from './queries';
import { RepeatNotice } from './RepeatNotice';
import type { ActionOutcome } from './runAction';
import { CustomerCard, SimilarCard, UsedKbCard } from './SideCards';
import { SlaCard } from './SlaCard';
import { TellCustomer } from './TellCustomer';
import { ComplaintTimeline } from './Timeline';
import './detail.css';

type Complaint = ComplaintDetailData['complaint'];

/**
 * 投诉详情: the whole record, its timeline, evidence, and the lifecycle
 * steps the server says this user may take now (`availableActions`).
 */
export default function ComplaintDetailPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const detail = useGqlQuery(ComplaintDetailQuery, { id }, { staleTime: 0 });
  const justCreated = readJustCreated(location.state);

  if (detail.error && !detail.data) return <DetailError error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!detail.data) {
    return (
      <PageContainer>
        <PageSkeleton rows={10} />
      </PageContainer>
    );
  }
  return (
    <DetailView
      complaint={detail.data.complaint}
      fetching={detail.isFetching}
      refetchError={detail.error}
      refetch={() => detail.refetch()}
      justCreated={justCreated}
    />
  );
}

function DetailView({
  complaint: c,
  fetching,
  refetchError,
  refetch,
  justCreated,
}: {
  complaint: Complaint;
  fetching: boolean;
  refetchError: GraphQLRequestError | null;
  refetch: () => Promise<unknown>;
  justCreated: ReturnType<typeof readJustCreated>;
}) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [open, setOpen] = useState<ComplaintAction | null>(null);
  const [dialog, setDialog] = useState<'edit' | 'assign' | null>(null);
  const [clock, setClock] = useState<ClockChange | null>(null);
  const me = useMe();
  const canAssign = usePermission('complaint.assign');
  const canOverrideCallback = usePermission('complaint.callback.override');
  const canEdit = usePermission('complaint.update') && !FINISHED_STATUSES.includes(c.status);
  const actions = orderActions(c.availableActions);
  const showAssign = canOfferAssign({ canAssign, status: c.status });
  const primary = primaryStep({
    seat: seatOf(me.user.roles, me.permissions),
    status: c.status,
    availableActions: c.availableActions,
    canAssign,
    hasAssignee: !!c.assignee,
  });

  const changed = () => {
    void refetch();
    void queryClient.invalidateQueries({ queryKey: gqlKey('ComplaintQueue') });
    void queryClient.invalidateQueries({ queryKey: gqlKey('DetailSimilar') });
  };
  const onDone = (action: ComplaintAction, outcome: ActionOutcome) => {
    setOpen(null);
    if (action === 'RETURN') {
      // back with the expert team: the department no longer sees it (a
      // re-read would be OUT_OF_SCOPE), so the handler goes back to the queue
      void message.success(t('detail.return.done', { number: c.number }));
      void navigate(paths.complaints);
      queryClient.removeQueries({ queryKey: gqlKey('ComplaintDetail', { id: c.id }) });
      void queryClient.invalidateQueries({ queryKey: gqlKey('ComplaintQueue') });
      return;
    }
    void message.success(t('detail.action.done', { action: actionLabel(t, action), version: outcome.version }));
    changed();
  };
  const onCallback = (said: string) => {
    setOpen(null);
    void message.success(said);
    changed();
    void queryClient.invalidateQueries({ queryKey: gqlKey('CallbackQueue') });
  };
  const onEdited = (version: number) => {
    setDialog(null);
    void message.success(t('detail.edit.done', { version }));
    changed();
  };
  const onClock = (change: ClockChange) => {
    setClock(null);
    void message.success(change === 'pause' ? t('sla.paused.done') : t('sla.resumed.done'));
    changed();
  };
  const onAssigned = (name: string | null) => {
    setDialog(null);
    void message.success(name ? t('detail.assign.done', { name }) : t('detail.assign.cleared'));
    changed();
  };

  return (
    <PageContainer
      title={c.number}
      subTitle={t('detail.subtitle', { status: c.publicStatus })}
      extra={
        <Space wrap data-primary={primary ?? ''}>
          {showAssign ? (
            <Button
              icon={<UserSwitchOutlined />}
              type={primary === 'ASSIGN' ? 'primary' : 'default'}
              onClick={() => setDialog('assign')}
              data-action="ASSIGN"
            >
              {t('detail.assign.open')}
            </Button>
          ) : null}
          {actions.map((a) => (
            <Button
              key={a}
              type={a === primary ? 'primary' : 'default'}
              danger={a === 'REOPEN' || a === 'RETURN'}
              onClick={() => setOpen(a)}
              data-action={a}
            >
              {actionLabel(t, a)}
            </Button>
          ))}
          {canEdit ? (
            <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-action="EDIT">
              {t('detail.edit.open')}
            </Button>
          ) : null}
          <Tooltip title={t('detail.reload')}>
            <Button
              icon={<ReloadOutlined />}
              loading={fetching}
              onClick={() => void refetch()}
              aria-label={t('detail.reload')}
            />
          </Tooltip>
        </Space>
      }
    >
      <div data-testid="detail" aria-busy={fetching} data-version={c.version} data-status={c.status}>
        <Flex vertical gap={16}>
          {refetchError ? <ErrorAlert error={refetchError} onRetry={() => void refetch()} /> : null}
          {justCreated?.customerMessage ? <TellCustomer message={justCreated.customerMessage} /> : null}
          {justCreated && !c.repeatOfId ? (
            <RepeatNotice
              complaintId={c.id}
              version={c.version}
              candidates={justCreated.possibleRepeats.filter((r) => r.id !== c.id)}
              onLinked={changed}
            />
          ) : null}
          <Card variant="borderless" className="kesu-card" styles={{ body: { padding: '16px 24px' } }}>
            <Flex justify="space-between" align="start" gap={16} wrap>
              <div style={{ minWidth: 0 }}>
                <Typography.Title level={5} style={{ margin: 0 }} data-testid="detail-title">
                  {c.title}
                </Typography.Title>
                <Space size={6} wrap style={{ marginTop: 8 }}>
                  <StatusTag status={c.status} />
                  <PriorityTag priority={c.priority} />
                  {c.isMajor ? (
                    <Tag color="red" bordered={false}>
                      {t('detail.badge.major')}
                    </Tag>
                  ) : null}
                  {c.repeatOfId ? (
                    <Tag color="orange" bordered={false} data-testid="badge-repeat">
                      {t('detail.badge.repeat')}
                    </Tag>
                  ) : null}
                  {c.status === 'RESOLVED' && c.callbackAttempts > 0 ? (
                    <Tag color="gold" bordered={false} data-testid="badge-callback-attempts">
                      {t('callbacks.badge.attempts', { count: c.callbackAttempts, max: CALLBACK_MAX_ATTEMPTS })}
                    </Tag>
                  ) : null}
                  {c.reopenCount > 0 ? (
                    <Tag color="magenta" bordered={false}>
                      {t('detail.badge.reopened', { count: c.reopenCount })}
                    </Tag>
                  ) : null}
                </Space>
              </div>
              <Space size={16} wrap>
                <Typography.Text type="secondary">
                  {t('detail.header.version')}{' '}
                  <Typography.Text strong data-testid="detail-version">
                    v{c.version}
                  </Typography.Text>
                </Typography.Text>
                {actions.length === 0 ? (
                  <Typography.Text type="secondary">{t('detail.action.none')}</Typography.Text>
                ) : null}
              </Space>
            </Flex>
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={16}>
              <Flex vertical gap={16}>
                <DetailFields complaint={c} />
                {c.approvals.length > 0 ? <ApprovalsCard approvals={c.approvals} /> : null}
                <ComplaintTimeline
                  events={c.timeline}
                  footer={
                    <Can permission="complaint.note">
                      <NoteBox complaintId={c.id} onAdded={changed} />
                    </Can>
                  }
                />
                <CustomerView entries={c.customerTimeline} />
                <Attachments complaintId={c.id} attachments={c.attachments} onUploaded={changed} />
              </Flex>
            </Col>
            <Col xs={24} xl={8}>
              <div className="kesu-detail-side">
                {FINISHED_STATUSES.includes(c.status) ? null : (
                  <Card variant="borderless" className="kesu-card" size="small">
                    <PromiseDate teamId={c.team?.id} />
                  </Card>
                )}
                <SlaCard sla={c.sla} onChange={setClock} />
                <CustomerCard complaint={c} />
                {c.announcement ? <AnnouncementCard announcement={c.announcement} /> : null}
                <UsedKbCard complaint={c} />
                <SimilarCard complaintId={c.id} />
              </div>
            </Col>
          </Row>
        </Flex>
      </div>
      {dialog === 'edit' ? (
        <EditComplaintModal
          complaint={c}
          onClose={() => setDialog(null)}
          onDone={onEdited}
          onReload={refetch}
          reloading={fetching}
        />
      ) : null}
      {clock ? (
        <ClockModal
          key={clock}
          change={clock}
          complaintId={c.id}
          version={c.version}
          onClose={() => setClock(null)}
          onDone={onClock}
        />
      ) : null}
      {dialog === 'assign' ? (
        <AssignModal
          complaint={c}
          onClose={() => setDialog(null)}
          onDone={onAssigned}
          onReload={refetch}
          reloading={fetching}
        />
      ) : null}
      {open && isCallbackAction(open) ? (
        <CallbackModal
          key={open}
          action={open}
          complaint={c}
          canOverride={canOverrideCallback}
          onClose={() => setOpen(null)}
          onDone={(_outcome, said) => onCallback(said)}
          onReload={refetch}
          reloading={fetching}
        />
      ) : open && ACTION_SPECS[open] ? (
        <ActionModal
          key={open}
          action={open}
          complaint={c}
          onClose={() => setOpen(null)}
          onDone={onDone}
          onReload={refetch}
          reloading={fetching}
        />
      ) : null}
    </PageContainer>
  );
}

/** NOT_FOUND and FORBIDDEN as result pages with the reason's words; anything else as an error alert. */
function DetailError({ error, onRetry }: { error: GraphQLRequestError; onRetry: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const back = (
    <Button type="primary" onClick={() => void navigate(paths.complaints)}>
      {t('detail.backToQueue')}
    </Button>
  );
  const message = errorMessage(error, t);
  if (error.hasCode('NOT_FOUND') || error.hasCode('FORBIDDEN')) {
    const notFound = error.hasCode('NOT_FOUND');
    return (
      <PageContainer>
        <Card variant="borderless" className="kesu-card">
          <Result
            status={notFound ? '404' : '403'}
            title={notFound ? t('detail.notFound.title') : t('detail.forbidden.title')}
            subTitle={
              <span data-testid="detail-error" data-code={notFound ? 'NOT_FOUND' : 'FORBIDDEN'}>
                {message}
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {notFound ? t('detail.notFound.desc') : t('detail.forbidden.desc')}
                  {error.requestId ? ` · ${t('error.requestId')}: ${error.requestId}` : ''}
                </Typography.Text>
              </span>
            }
            extra={back}
          />
        </Card>
      </PageContainer>
    );
  }
  return (
    <PageContainer>
      <ErrorAlert error={error} onRetry={onRetry} />
    </PageContainer>
  );
}
