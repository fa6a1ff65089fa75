/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * Implement the DateTime<Utc> scalar
   *
   * The input/output is a string in RFC3339 format.
   */
  DateTime: { input: string; output: string; }
  /** A scalar that can represent any JSON value. */
  JSON: { input: unknown; output: unknown; }
  /**
   * ISO 8601 calendar date without timezone.
   * Format: %Y-%m-%d
   *
   * # Examples
   *
   * * `1994-11-13`
   * * `2000-02-24`
   */
  NaiveDate: { input: string; output: string; }
  /** A multipart file upload */
  Upload: { input: File; output: File; }
};

export type AcknowledgeAlertInput = {
  id: Scalars['ID']['input'];
  /** Required: what is being done about it. */
  note: Scalars['String']['input'];
};

export type AcknowledgeComplianceAlertInput = {
  id: Scalars['ID']['input'];
  /** What was checked and what was done. */
  note: Scalars['String']['input'];
};

export type AddComplaintNoteInput = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  /** A customer-visible progress note may promise the next reply (in the future). */
  promisedReplyAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** CUSTOMER notes (`complaint.note.customer`) show in the customer timeline. */
  visibility?: Visibility;
};

export type Alert = {
  ackNote?: Maybe<Scalars['String']['output']>;
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  acknowledgedBy?: Maybe<User>;
  /** The announcement (统一口径) opened for this alert, if any. */
  announcement?: Maybe<Announcement>;
  /** The category of the surge (red). */
  category?: Maybe<Category>;
  clearedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: AlertRuleKind;
  lastEvaluatedAt: Scalars['DateTime']['output'];
  level: AlertLevel;
  raisedAt: Scalars['DateTime']['output'];
  ruleId: Scalars['ID']['output'];
  /** What it is about: `centre`, `step:<name>` or `category:<id>`. */
  scope: Scalars['String']['output'];
  state: AlertState;
  /** The step whose clocks time out (orange). */
  step?: Maybe<Scalars['String']['output']>;
  /** The rule's threshold at the latest reading, in the same unit. */
  threshold: Scalars['Float']['output'];
  /** The latest reading: a fraction (0–1) for the rates, a count for a surge. */
  value: Scalars['Float']['output'];
};

export type AlertConnection = {
  /** A list of edges. */
  edges: Array<AlertEdge>;
  /** A list of nodes. */
  nodes: Array<Alert>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type AlertEdge = {
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Alert;
};

/** An alert's colour. */
export type AlertLevel =
  | 'ORANGE'
  | 'RED'
  | 'YELLOW';

export type AlertRule = {
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: AlertRuleKind;
  level: AlertLevel;
  /** Fewest samples a rate needs before it can raise an alert. */
  minSamples: Scalars['Int']['output'];
  /**
   * A fraction (0–1) for the rates (yellow: below it, orange: above it),
   * a number of complaints for a surge (red: more than it).
   */
  threshold: Scalars['Float']['output'];
  updatedAt: Scalars['DateTime']['output'];
  updatedBy?: Maybe<User>;
  /** Pass this back as `expectedVersion` when editing. */
  version: Scalars['Int']['output'];
  /** Length of the rolling window. */
  windowMinutes: Scalars['Int']['output'];
};

/** What a rule measures: first-response timeliness (yellow), one step's timeout rate (orange), complaints per category (red). */
export type AlertRuleKind =
  | 'CATEGORY_SURGE'
  | 'RESPONSE_TIMELINESS'
  | 'STEP_TIMEOUT_RATE';

/** Where an alert is in its episode: raised, acknowledged (with a note), cleared (the condition stopped holding). */
export type AlertState =
  | 'ACKNOWLEDGED'
  | 'CLEARED'
  | 'RAISED';

export type Announcement = {
  activeFrom: Scalars['DateTime']['output'];
  activeUntil?: Maybe<Scalars['DateTime']['output']>;
  category?: Maybe<Category>;
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<User>;
  /** Ended (its `activeUntil` has passed): no new complaint can be linked to it. */
  ended: Scalars['Boolean']['output'];
  /** The one agreed explanation agents give callers (统一解释口径). */
  explanation: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  /** Pass this back as `expectedVersion` when editing or ending it. */
  version: Scalars['Int']['output'];
};

export type AnnouncementConnection = {
  /** A list of edges. */
  edges: Array<AnnouncementEdge>;
  /** A list of nodes. */
  nodes: Array<Announcement>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type AnnouncementEdge = {
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Announcement;
};

export type Approval = {
  /** What was proposed. */
  amountCents: Scalars['Int']['output'];
  /** What the approver granted (may differ from `amountCents`). */
  approvedCents?: Maybe<Scalars['Int']['output']>;
  complaintId: Scalars['ID']['output'];
  complaintNumber: Scalars['String']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<User>;
  decisionReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  requestedAt: Scalars['DateTime']['output'];
  requestedBy?: Maybe<User>;
  /** The proposed resolution the amount belongs to. */
  resolution: Scalars['String']['output'];
  status: ApprovalStatus;
  /** The fee charged by mistake, when the amount is its double refund. */
  wronglyChargedCents?: Maybe<Scalars['Int']['output']>;
};

export type ApprovalConnection = {
  /** A list of edges. */
  edges: Array<ApprovalEdge>;
  /** A list of nodes. */
  nodes: Array<Approval>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type ApprovalEdge = {
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Approval;
};

/** Where an approval stands. */
export type ApprovalStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED'
  | 'WITHDRAWN';

export type AssignComplaintInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** The `version` you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

/** How a rule picks a member of its team. */
export type AssignMode =
  /** The present member with the fewest open complaints. */
  | 'LEAST_LOADED'
  /** Each active member in turn (an absent member's turn goes to their backup). */
  | 'ROUND_ROBIN'
  /** Into the team's queue; nobody is assigned. */
  | 'TEAM_QUEUE';

export type Attachment = {
  /** Detected from the file's content, not from what the client claimed. */
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  filename: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /**
   * Where to show it inline (thumbnails): images only, else null. Viewing
   * is audited once per complaint view, not per image.
   */
  inlineUrl?: Maybe<Scalars['String']['output']>;
  sha256: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
  uploadedBy?: Maybe<User>;
  /** Where to download it (same session; the download is audited). */
  url: Scalars['String']['output'];
};

export type AuditChainStatus = {
  headAt?: Maybe<Scalars['DateTime']['output']>;
  headHash: Scalars['String']['output'];
  /** The last record's place in the chain (0: empty). */
  headSeq: Scalars['Int']['output'];
  /** The id of the key this server signs checkpoints with. */
  keyId: Scalars['String']['output'];
  lastCheckpoint?: Maybe<AuditCheckpoint>;
  lastVerification?: Maybe<AuditVerification>;
  /** Records written since the last checkpoint (not yet attested). */
  unanchored: Scalars['Int']['output'];
};

/** A signed attestation that the chain's head at `seq` was `headHash`. */
export type AuditCheckpoint = {
  at: Scalars['DateTime']['output'];
  headHash: Scalars['String']['output'];
  /** Id of the Ed25519 key that signed it. */
  keyId: Scalars['String']['output'];
  /** count, hourly, shutdown, seed or manual. */
  reason: Scalars['String']['output'];
  seq: Scalars['Int']['output'];
};

/** An audit-log export as CSV text (UTF-8 with a byte-order mark). */
export type AuditExport = {
  /** The audit record of this export. */
  auditId: Scalars['ID']['output'];
  contentType: Scalars['String']['output'];
  csv: Scalars['String']['output'];
  filename: Scalars['String']['output'];
  rowCount: Scalars['Int']['output'];
};

export type AuditLog = {
  action: Scalars['String']['output'];
  actorId?: Maybe<Scalars['ID']['output']>;
  /**
   * user, system (an internal principal such as the scheduler, named by
   * actorName; not a user account) or anonymous.
   */
  actorKind: Scalars['String']['output'];
  actorName?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  customerId?: Maybe<Scalars['ID']['output']>;
  detail: Scalars['JSON']['output'];
  /** Personal-data fields read or searched. */
  fields: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  ip?: Maybe<Scalars['String']['output']>;
  /** success, denied or failure. */
  outcome: Scalars['String']['output'];
  requestId?: Maybe<Scalars['String']['output']>;
  targetId?: Maybe<Scalars['String']['output']>;
  targetType?: Maybe<Scalars['String']['output']>;
};

export type AuditLogConnection = {
  /** A list of edges. */
  edges: Array<AuditLogEdge>;
  /** A list of nodes. */
  nodes: Array<AuditLog>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type AuditLogEdge = {
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: AuditLog;
};

export type AuditLogFilter = {
  /** e.g. customer.reveal, complaint.create, auth.login */
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  actorName?: InputMaybe<Scalars['String']['input']>;
  /** Records about this customer; NOT_FOUND if there is no such customer. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Records about the customer with this phone number, exactly (spaces and
   * dashes ignored, as at intake); the lookup itself is audited, and
   * NOT_FOUND says that no customer has the number.
   */
  customerPhone?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** success, denied or failure */
  outcome?: InputMaybe<Scalars['String']['input']>;
  targetId?: InputMaybe<Scalars['String']['input']>;
  targetType?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The outcome of one check of the chain. */
export type AuditVerification = {
  /** The last record a valid checkpoint attests (0: none). */
  anchoredSeq: Scalars['Int']['output'];
  at: Scalars['DateTime']['output'];
  /** A username, or `scheduler` for the daily run. */
  byName: Scalars['String']['output'];
  checked: Scalars['Int']['output'];
  checkpoints: Scalars['Int']['output'];
  /** The first bad record, when broken. */
  firstBadSeq?: Maybe<Scalars['Int']['output']>;
  fromSeq: Scalars['Int']['output'];
  headSeq: Scalars['Int']['output'];
  problem?: Maybe<Scalars['String']['output']>;
  /**
   * ALTERED, BROKEN_LINK, GAP, UNSEALED, BAD_SIGNATURE,
   * CHECKPOINT_MISMATCH or TRUNCATED.
   */
  problemCode?: Maybe<Scalars['String']['output']>;
  /**
   * valid (intact and attested to its end), unanchored (intact; the
   * records after the last checkpoint are not yet attested) or broken.
   */
  verdict: Scalars['String']['output'];
};

export type Calendar = {
  /** Years of official holiday data that apply (empty without official holidays). */
  holidayYears: Array<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** The calendar of every team without its own. */
  isDefault: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  officialHolidays: Scalars['Boolean']['output'];
  /** Working hours of every working day, in order. */
  shifts: Array<Shift>;
  /** Teams that follow this calendar explicitly. */
  teamIds: Array<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** For optimistic concurrency in `updateCalendar`. */
  version: Scalars['Int']['output'];
  /** Days of the week that are off unless a make-up workday says otherwise. */
  weekend: Array<Weekday>;
  /** IANA zone whose wall clock the shifts are read on. */
  zone: Scalars['String']['output'];
};

export type Category = {
  /** False once retired: hidden from intake, kept on old complaints. */
  active: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  /** The team that investigates this kind of complaint by default. */
  defaultTeam?: Maybe<Team>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  parent?: Maybe<Category>;
  parentId?: Maybe<Scalars['ID']['output']>;
};

export type CategoryCount = {
  category?: Maybe<Category>;
  count: Scalars['Int']['output'];
};

export type CategoryFacet = {
  category?: Maybe<Category>;
  count: Scalars['Int']['output'];
};

export type CategoryVote = {
  category?: Maybe<Category>;
  share: Scalars['Float']['output'];
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

/** Where the complaint came in. */
export type Channel =
  | 'APP'
  | 'EMAIL'
  | 'HOTLINE'
  | 'LETTER'
  | 'ONLINE_CHAT'
  | 'REGULATOR'
  | 'SOCIAL_MEDIA'
  | 'STORE_COUNTER'
  | 'WECHAT';

export type ChannelCount = {
  channel: Channel;
  count: Scalars['Int']['output'];
};

/** Pause or resume a complaint's clocks, with why. */
export type ClockChangeInput = {
  complaintId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** E.g. waiting for the customer's documents, or for the carrier's report. */
  reason: Scalars['String']['input'];
};

export type CloseComplaintInput = {
  /** The `version` you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

export type Complaint = {
  /** The person who accepted the complaint and stays accountable (首问负责). */
  acceptedBy?: Maybe<User>;
  acceptedTeam?: Maybe<Team>;
  /** Amount in dispute, in fen (1/100 yuan). */
  amountDisputedCents?: Maybe<Scalars['Int']['output']>;
  /** The announcement (mass incident) this complaint is linked to. */
  announcement?: Maybe<Announcement>;
  /** Its approvals above authority, newest first. */
  approvals: Array<Approval>;
  arrivedOn?: Maybe<Scalars['NaiveDate']['output']>;
  assignee?: Maybe<User>;
  attachments: Array<Attachment>;
  /** Lifecycle steps the caller may take now. */
  availableActions: Array<ComplaintAction>;
  /**
   * Failed attempts to reach the customer for the satisfaction callback
   * (the third closes the complaint as unreachable).
   */
  callbackAttempts: Scalars['Int']['output'];
  category?: Maybe<Category>;
  channel: Channel;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  customer?: Maybe<Customer>;
  /**
   * What the customer was told: the four public states and the
   * customer-visible notes, oldest first.
   */
  customerTimeline: Array<CustomerTimelineEntry>;
  description: Scalars['String']['output'];
  escalatedAt?: Maybe<Scalars['DateTime']['output']>;
  findings?: Maybe<Scalars['String']['output']>;
  firstRepliedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  isMajor: Scalars['Boolean']['output'];
  /** Human-readable number, e.g. TS20261123-000042. */
  number: Scalars['String']['output'];
  occurredAt?: Maybe<Scalars['DateTime']['output']>;
  occurredPlace?: Maybe<Scalars['String']['output']>;
  orderNumber?: Maybe<Scalars['String']['output']>;
  priority: Priority;
  productBatch?: Maybe<Scalars['String']['output']>;
  productModel?: Maybe<Scalars['String']['output']>;
  /** The status as the customer sees it (one of four). */
  publicStatus: Scalars['String']['output'];
  purchasedOn?: Maybe<Scalars['NaiveDate']['output']>;
  refundGrantedCents?: Maybe<Scalars['Int']['output']>;
  refundRequestedCents?: Maybe<Scalars['Int']['output']>;
  reopenCount: Scalars['Int']['output'];
  /** The earlier complaint this one repeats, if the caller may read it. */
  repeatOf?: Maybe<Complaint>;
  repeatOfId?: Maybe<Scalars['ID']['output']>;
  resolution?: Maybe<Scalars['String']['output']>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  responsibility?: Maybe<Responsibility>;
  /** Satisfaction at the callback, 1–5. */
  satisfaction?: Maybe<Scalars['Int']['output']>;
  shippedOn?: Maybe<Scalars['NaiveDate']['output']>;
  /**
   * Where the complaint stands against its time limits, now; `null`
   * for a complaint registered before clocks existed.
   */
  sla?: Maybe<ComplaintSla>;
  status: ComplaintStatus;
  /** Chinese label of the internal status. */
  statusLabel: Scalars['String']['output'];
  /** The team currently handling it. */
  team?: Maybe<Team>;
  /** The timeline, oldest first; `visibility: CUSTOMER` gives what the customer was told. */
  timeline: Array<ComplaintEvent>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** The knowledge-base article version that answered the call. */
  usedKbVersion?: Maybe<KbVersion>;
  /** Pass this back as `expectedVersion` when changing the complaint. */
  version: Scalars['Int']['output'];
};


export type ComplaintTimelineArgs = {
  visibility?: InputMaybe<Visibility>;
};

/** A lifecycle step. */
export type ComplaintAction =
  | 'CALLBACK_ATTEMPT'
  | 'CLOSE'
  | 'DISPATCH'
  | 'ESCALATE'
  | 'PROPOSE_RESOLUTION'
  | 'RECORD_CALLBACK'
  | 'RECORD_INVESTIGATION'
  | 'REOPEN'
  | 'RESOLVE'
  | 'RETURN';

export type ComplaintConnection = {
  /** A list of edges. */
  edges: Array<ComplaintEdge>;
  /** A list of nodes. */
  nodes: Array<Complaint>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** How many complaints match the filter in all (computed only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type ComplaintEdge = {
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Complaint;
};

export type ComplaintEvent = {
  actor?: Maybe<User>;
  body?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Structured details of the step (JSON). */
  data: Scalars['JSON']['output'];
  fromStatus?: Maybe<ComplaintStatus>;
  id: Scalars['ID']['output'];
  kind: EventKind;
  kindLabel: Scalars['String']['output'];
  /** The next reply promised to the customer by a progress note. */
  promisedReplyAt?: Maybe<Scalars['DateTime']['output']>;
  toStatus?: Maybe<ComplaintStatus>;
  visibility: Visibility;
};

export type ComplaintFilter = {
  acceptedById?: InputMaybe<Scalars['ID']['input']>;
  /** The complaints linked to an announcement. */
  announcementId?: InputMaybe<Scalars['ID']['input']>;
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** A top-level category includes its sub-categories. */
  categoryIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  channels?: InputMaybe<Array<Channel>>;
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** One customer's complaints. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  isMajor?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only complaints still being worked. */
  openOnly?: InputMaybe<Scalars['Boolean']['input']>;
  priorities?: InputMaybe<Array<Priority>>;
  /**
   * Complaints whose recorded SLA state is one of these (the state the
   * scheduler last recorded; `sla.state` is computed at read time).
   */
  slaStates?: InputMaybe<Array<SlaState>>;
  statuses?: InputMaybe<Array<ComplaintStatus>>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** Substring of the title or description, or an exact complaint number. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Sort order of complaint lists. */
export type ComplaintOrder =
  /** Newest first (default). */
  | 'NEWEST'
  | 'OLDEST'
  /** Urgent first, then newest. */
  | 'PRIORITY'
  /** Most recently changed first. */
  | 'RECENTLY_UPDATED'
  /**
   * The clock that runs out first comes first (recorded due time);
   * complaints with no running clock last.
   */
  | 'SLA_DUE';

/** Where a complaint stands against its time limits, computed now. */
export type ComplaintSla = {
  currentStep?: Maybe<SlaStep>;
  firstResponseDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** The earliest due time of the running clocks. */
  nextDueAt?: Maybe<Scalars['DateTime']['output']>;
  pausedSince?: Maybe<Scalars['DateTime']['output']>;
  /**
   * Of the clock that runs out first (the step's, else resolution's),
   * in minutes of its basis (working minutes for working-time targets);
   * negative once overrun.
   */
  remainingWorkingMinutes?: Maybe<Scalars['Int']['output']>;
  resolutionDueAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * The worst of the running clocks: BREACHED > AT_RISK (80% used) >
   * ON_TRACK > PAUSED > MET (nothing left to time).
   */
  state: SlaState;
  stepDueAt?: Maybe<Scalars['DateTime']['output']>;
};

export type ComplaintStats = {
  /** Most frequent category first (for a Pareto chart). */
  byCategory: Array<CategoryCount>;
  byChannel: Array<ChannelCount>;
  /** Every day of the range, zero-filled, oldest first. */
  byDay: Array<DayCount>;
  /** Scores 1 to 5, zero-filled. */
  bySatisfaction: Array<SatisfactionCount>;
  /** Every status, zero-filled, in lifecycle order. */
  byStatus: Array<StatusCount>;
  closed: Scalars['Int']['output'];
  from: Scalars['DateTime']['output'];
  major: Scalars['Int']['output'];
  /** Of those, not yet resolved. */
  open: Scalars['Int']['output'];
  /** Reopened at least once. */
  reopened: Scalars['Int']['output'];
  /** Marked as a repeat of an earlier complaint. */
  repeats: Scalars['Int']['output'];
  /** Resolved, called back or closed. */
  resolved: Scalars['Int']['output'];
  satisfactionAverage?: Maybe<Scalars['Float']['output']>;
  /** Callbacks with a satisfaction score. */
  satisfactionCount: Scalars['Int']['output'];
  /** Share of scored callbacks at 4 or 5. */
  satisfiedRate?: Maybe<Scalars['Float']['output']>;
  to: Scalars['DateTime']['output'];
  /** Complaints created in the range. */
  total: Scalars['Int']['output'];
};

export type ComplaintStatsFilter = {
  /** Start of the range (inclusive); default 30 days before `to`. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** End of the range (exclusive); default now. At most 366 days. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Lifecycle state of a complaint. */
export type ComplaintStatus =
  | 'ACCEPTED'
  | 'CALLBACK_DONE'
  | 'CLOSED'
  | 'DISPATCHED'
  | 'ESCALATED'
  | 'INVESTIGATED'
  | 'RESOLUTION_PROPOSED'
  | 'RESOLVED';

export type ComplianceAlert = {
  ackNote?: Maybe<Scalars['String']['output']>;
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  acknowledgedBy?: Maybe<User>;
  /** Whose access it is about. */
  actor?: Maybe<User>;
  /** The actor's username when the alert was raised (kept if the user goes). */
  actorName: Scalars['String']['output'];
  clearedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lastEvaluatedAt: Scalars['DateTime']['output'];
  raisedAt: Scalars['DateTime']['output'];
  rule: ComplianceRuleKind;
  state: AlertState;
  threshold: Scalars['Int']['output'];
  /** The latest reading: customers, off-hours accesses, refusals or rows. */
  value: Scalars['Int']['output'];
  windowMinutes: Scalars['Int']['output'];
};

export type ComplianceAlertConnection = {
  /** A list of edges. */
  edges: Array<ComplianceAlertEdge>;
  /** A list of nodes. */
  nodes: Array<ComplianceAlert>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type ComplianceAlertEdge = {
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: ComplianceAlert;
};

/** What a compliance rule watches: many customers opened (mass access), personal data reached outside working hours, repeated refusals, a large export. */
export type ComplianceRuleKind =
  | 'LARGE_EXPORT'
  | 'MASS_ACCESS'
  | 'OFF_HOURS'
  | 'REPEATED_DENIALS';

export type ComplianceRuleSettings = {
  enabled: Scalars['Boolean']['output'];
  rule: ComplianceRuleKind;
  threshold: Scalars['Int']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  version: Scalars['Int']['output'];
  windowMinutes: Scalars['Int']['output'];
};

/** The console's language: the export's headers follow it. */
export type ConsoleLanguage =
  | 'EN_US'
  | 'ZH_CN';

export type CreateAnnouncementInput = {
  /** Defaults to now. */
  activeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  activeUntil?: InputMaybe<Scalars['DateTime']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  explanation: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

/** A new calendar. */
export type CreateCalendarInput = {
  name: Scalars['String']['input'];
  officialHolidays?: Scalars['Boolean']['input'];
  shifts: Array<ShiftInput>;
  weekend: Array<Weekday>;
};

export type CreateCategoryInput = {
  code: Scalars['String']['input'];
  defaultTeamId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateComplaintInput = {
  amountDisputedCents?: InputMaybe<Scalars['Int']['input']>;
  /** The announcement (mass incident) this complaint belongs to. */
  announcementId?: InputMaybe<Scalars['ID']['input']>;
  arrivedOn?: InputMaybe<Scalars['NaiveDate']['input']>;
  categoryId: Scalars['ID']['input'];
  channel?: InputMaybe<Channel>;
  customerEmail?: InputMaybe<Scalars['String']['input']>;
  customerIdCard?: InputMaybe<Scalars['String']['input']>;
  customerName: Scalars['String']['input'];
  /** The caller's phone number; finds the customer or creates one. */
  customerPhone: Scalars['String']['input'];
  description: Scalars['String']['input'];
  isMajor?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * The `searchId` of the knowledge-base search the article was picked
   * from (search analytics).
   */
  kbSearchId?: InputMaybe<Scalars['ID']['input']>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  occurredPlace?: InputMaybe<Scalars['String']['input']>;
  orderNumber?: InputMaybe<Scalars['String']['input']>;
  priority?: InputMaybe<Priority>;
  productBatch?: InputMaybe<Scalars['String']['input']>;
  productModel?: InputMaybe<Scalars['String']['input']>;
  purchasedOn?: InputMaybe<Scalars['NaiveDate']['input']>;
  refundRequestedCents?: InputMaybe<Scalars['Int']['input']>;
  repeatOfId?: InputMaybe<Scalars['ID']['input']>;
  shippedOn?: InputMaybe<Scalars['NaiveDate']['input']>;
  /** Short summary; defaults to the start of the description. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The knowledge-base article that answered the call (its published version is recorded). */
  usedKbArticleId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateComplaintPayload = {
  complaint: Complaint;
  /**
   * What to read out or send the customer: the number and the link where
   * they can check it with their phone's last four digits.
   */
  customerMessage: Scalars['String']['output'];
  /** Open or recent complaints this may repeat; link one with `markRepeat`. */
  possibleRepeats: Array<RepeatCandidate>;
};

export type CreateKbArticleInput = {
  article: KbArticleFields;
};

export type CreateRoleInput = {
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
  permissions: Array<Scalars['String']['input']>;
};

export type CreateTeamInput = {
  /** center, branch, store, expert or department */
  kind: Scalars['String']['input'];
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateUserInput = {
  displayName: Scalars['String']['input'];
  password: Scalars['String']['input'];
  /** Role codes, e.g. ["agent"]. */
  roles: Array<Scalars['String']['input']>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
  username: Scalars['String']['input'];
};

export type Customer = {
  /** How many of this customer's complaints the caller may read. */
  complaintCount: Scalars['Int']['output'];
  /**
   * This customer's complaints that the caller may read, newest first
   * (the same policy, scope and paging as `complaints`).
   */
  complaints: ComplaintConnection;
  emailMasked?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  idCardMasked?: Maybe<Scalars['String']['output']>;
  nameMasked: Scalars['String']['output'];
  phoneMasked: Scalars['String']['output'];
};


export type CustomerComplaintsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CustomerErasure = {
  /** Complaints whose text held phone or ID numbers that were scrubbed. */
  complaintsScrubbed?: Maybe<Scalars['Int']['output']>;
  customerId: Scalars['ID']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<User>;
  decisionReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  requestedAt: Scalars['DateTime']['output'];
  requestedBy?: Maybe<User>;
  status: ErasureStatus;
};

export type CustomerErasureConnection = {
  /** A list of edges. */
  edges: Array<CustomerErasureEdge>;
  /** A list of nodes. */
  nodes: Array<CustomerErasure>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type CustomerErasureEdge = {
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: CustomerErasure;
};

export type CustomerTimelineEntry = {
  at: Scalars['DateTime']['output'];
  /** What the customer was told: the note, or the reply given with a state. */
  body?: Maybe<Scalars['String']['output']>;
  kind: CustomerTimelineKind;
  /** When the customer was promised the next reply (progress notes). */
  promisedReplyAt?: Maybe<Scalars['DateTime']['output']>;
  /** The state the customer sees at this point. */
  publicStatus: PublicStatus;
  /** Its Chinese wording, as given to the customer. */
  publicStatusLabel: Scalars['String']['output'];
};

export type CustomerTimelineKind =
  /** A progress note written for the customer. */
  | 'NOTE'
  /** The complaint reached a state the customer sees. */
  | 'STATUS';

/** Something on the complaint queue changed (any process): re-read it. */
export type DashboardChange = {
  at: Scalars['DateTime']['output'];
};

export type DayCount = {
  count: Scalars['Int']['output'];
  /** Calendar day in Beijing time, `YYYY-MM-DD`. */
  day: Scalars['String']['output'];
};

export type DecideApprovalInput = {
  /** The amount granted, when the approver changes what was proposed. */
  amountCents?: InputMaybe<Scalars['Int']['input']>;
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  /** Why (required, also when approving as proposed). */
  reason: Scalars['String']['input'];
};

export type DecideCustomerErasureInput = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type DeleteKbSynonymInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type DeleteRoutingRuleInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type DispatchComplaintInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** The `version` you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  teamId: Scalars['ID']['input'];
};

export type EndAnnouncementInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type EraseCustomerInput = {
  customerId: Scalars['ID']['input'];
  /** Why (the customer's request, a regulator's order, ...): kept with the request. */
  reason: Scalars['String']['input'];
};

/** Where an erasure request stands: pending, rejected, or approved and done. */
export type ErasureStatus =
  | 'DONE'
  | 'PENDING'
  | 'REJECTED';

export type EscalateComplaintInput = {
  /** The `version` you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /**
   * 越级: the complaint skips a level of the usual chain (e.g. the
   * customer went over the frontline's head), and why; recorded on the
   * timeline.
   */
  skipLevelReason?: InputMaybe<Scalars['String']['input']>;
};

/** Kind of timeline event. */
export type EventKind =
  | 'APPROVAL_DECIDED'
  | 'APPROVAL_REQUESTED'
  | 'ASSIGNED'
  | 'ATTACHMENT_ADDED'
  | 'CALLBACK_ATTEMPTED'
  | 'CALLBACK_RECORDED'
  | 'CLOCK_AT_RISK'
  | 'CLOCK_BREACHED'
  | 'CLOCK_PAUSED'
  | 'CLOCK_REARMED'
  | 'CLOCK_RESUMED'
  | 'CLOCK_STARTED'
  | 'CLOSED'
  | 'CREATED'
  | 'DISPATCHED'
  | 'ESCALATED'
  | 'INVESTIGATED'
  | 'MAJOR_FLAGGED'
  | 'MARKED_REPEAT'
  | 'NOTE_ADDED'
  | 'REOPENED'
  | 'RESOLUTION_PROPOSED'
  | 'RESOLVED'
  | 'RETURNED'
  | 'ROUTED'
  | 'UPDATED';

export type ExportAuditLogsInput = {
  filter?: InputMaybe<AuditLogFilter>;
  /** Language of the CSV headers (default Simplified Chinese). */
  language?: InputMaybe<ConsoleLanguage>;
  /** Why the export is needed (recorded in the audit trail). */
  reason: Scalars['String']['input'];
};

/** A highlighted part of a snippet, in characters. */
export type HighlightRange = {
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
};

/** One holiday: days off from `start` to `end` with its make-up workdays. */
export type Holiday = {
  /** Inclusive. */
  end: Scalars['NaiveDate']['output'];
  /** Weekend days worked in exchange (调休). */
  makeupWorkdays: Array<Scalars['NaiveDate']['output']>;
  name: Scalars['String']['output'];
  start: Scalars['NaiveDate']['output'];
};

/** One year's official holiday arrangement. */
export type HolidayYear = {
  holidays: Array<Holiday>;
  /** The notice the data comes from. */
  source: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** One year's arrangement as the JSON file format (see the README). */
export type ImportHolidayYearInput = {
  json: Scalars['String']['input'];
};

export type ImportHolidayYearPayload = {
  /** An earlier arrangement for the same year was replaced. */
  replaced: Scalars['Boolean']['output'];
  year: HolidayYear;
};

export type IntakeSuggestions = {
  /** Up to three, best first. */
  categories: Array<CategoryVote>;
  /** The reply most of the nearest share, as a draft. */
  draftReply?: Maybe<Scalars['String']['output']>;
  priority?: Maybe<PriorityVote>;
  /** The nearest resolved complaints, nearest first. */
  resolved: Array<ResolvedComplaintSummary>;
  /** The team that handled most of them. */
  team?: Maybe<TeamVote>;
};

export type KbArticle = {
  author?: Maybe<User>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The newest version (a draft under edit or review, or the published one). */
  latest: KbVersion;
  /** The live version agents see (absent until first published). */
  published?: Maybe<KbVersion>;
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  reviewer?: Maybe<User>;
  /** draft, in_review, published or archived. */
  status: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Pass back as `expectedVersion` when changing the article. */
  version: Scalars['Int']['output'];
  /** Every version, newest first (published ones only, unless you edit the knowledge base). */
  versions: Array<KbVersion>;
};

export type KbArticleConnection = {
  /** A list of edges. */
  edges: Array<KbArticleEdge>;
  /** A list of nodes. */
  nodes: Array<KbArticle>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type KbArticleEdge = {
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: KbArticle;
};

export type KbArticleFields = {
  categoryId: Scalars['ID']['input'];
  caveats?: Scalars['String']['input'];
  relatedIds?: Array<Scalars['ID']['input']>;
  scenario: Scalars['String']['input'];
  solution: Scalars['String']['input'];
  tags?: Array<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type KbArticleFilter = {
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
};

export type KbArticleStepInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

/** One query over a period (phone and ID numbers in it are replaced by 「[号码]」). */
export type KbQueryStat = {
  averageResults: Scalars['Float']['output'];
  lastSearchedAt: Scalars['DateTime']['output'];
  /** Searches from which an article was opened. */
  opened: Scalars['Int']['output'];
  query: Scalars['String']['output'];
  searches: Scalars['Int']['output'];
  /** Searches whose article went onto a complaint. */
  used: Scalars['Int']['output'];
};

export type KbQueryStatConnection = {
  /** A list of edges. */
  edges: Array<KbQueryStatEdge>;
  /** A list of nodes. */
  nodes: Array<KbQueryStat>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type KbQueryStatEdge = {
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: KbQueryStat;
};

/** Which queries `kbQueryStats` lists. */
export type KbQueryStatKind =
  /** Every query, most searched first. */
  | 'TOP'
  /** Queries that found articles, none of which was ever opened. */
  | 'UNOPENED'
  /** Queries that found nothing. */
  | 'ZERO_RESULT';

export type KbSearchFilter = {
  /**
   * Not a filter: articles of this category (a top-level one with its
   * sub-categories) move up three places, as the category chosen at
   * intake does. A boosted search is one page (no `endCursor`).
   */
  boostCategoryId?: InputMaybe<Scalars['ID']['input']>;
  /** A top-level category includes its sub-categories. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Editors only: also search unpublished drafts. */
  includeDrafts?: InputMaybe<Scalars['Boolean']['input']>;
};

export type KbSearchHit = {
  /** The article as it is now. */
  article: KbArticle;
  highlights: Array<HighlightRange>;
  score: Scalars['Float']['output'];
  snippet: Scalars['String']['output'];
  /** The version that matched. */
  version: KbVersion;
};

export type KbSearchResult = {
  /** Pass as `after` for the next page (same query and filter). */
  endCursor?: Maybe<Scalars['String']['output']>;
  facets: Array<CategoryFacet>;
  hasNextPage: Scalars['Boolean']['output'];
  hits: Array<KbSearchHit>;
  /**
   * Send back with `recordKbSearchOpen` and `createComplaint` (search
   * analytics); null for later pages and draft searches.
   */
  searchId?: Maybe<Scalars['ID']['output']>;
  /**
   * How many articles matched: exact when `totalIsExact`, else a lower
   * bound (counting stops past 1,000 matches unless facets are asked for).
   */
  total: Scalars['Int']['output'];
  /** False when more matched than were counted. */
  totalIsExact: Scalars['Boolean']['output'];
};

/** Knowledge-base searches over a period. */
export type KbSearchSummary = {
  /**
   * Queries counted once however they were written (Traditional or
   * Simplified, case, spacing).
   */
  distinctQueries: Scalars['Int']['output'];
  /** opened / searches that found something. */
  openRate: Scalars['Float']['output'];
  opened: Scalars['Int']['output'];
  searches: Scalars['Int']['output'];
  /**
   * Whether searches are ranked with the sentence encoder now (dense
   * retrieval fused with the lexical ranking); false when its model is
   * not installed and the lexical analysis ranks alone.
   */
  semanticSearch: Scalars['Boolean']['output'];
  /** used / searches. */
  useRate: Scalars['Float']['output'];
  used: Scalars['Int']['output'];
  zeroResult: Scalars['Int']['output'];
  /** zeroResult / searches. */
  zeroResultRate: Scalars['Float']['output'];
};

export type KbSuggestion = {
  articleId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type KbSynonym = {
  id: Scalars['ID']['output'];
  kind: KbSynonymKind;
  note?: Maybe<Scalars['String']['output']>;
  source: KbSynonymSource;
  /** GROUP: two or more words; CORRECTION: exactly [wrong, right]. Simplified script, normalised. */
  terms: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  updatedBy?: Maybe<User>;
  /** Pass back as expectedVersion when saving or deleting. */
  version: Scalars['Int']['output'];
};

export type KbSynonymConnection = {
  /** A list of edges. */
  edges: Array<KbSynonymEdge>;
  /** A list of nodes. */
  nodes: Array<KbSynonym>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Entries matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type KbSynonymEdge = {
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: KbSynonym;
};

export type KbSynonymFilter = {
  kind?: InputMaybe<KbSynonymKind>;
  /** Entries with a term containing this text. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** What an entry does at query time. */
export type KbSynonymKind =
  /** A common typing mistake and its correction: terms = [wrong, right]. */
  | 'CORRECTION'
  /** Words that find each other (any one also finds the others). */
  | 'GROUP';

/** What a query would also match, under the synonyms in force now. */
export type KbSynonymPreview = {
  /** Extra phrases searched at lower weight: corrections first, then synonyms. */
  expansions: Array<Scalars['String']['output']>;
  /** The query as search sees it (Simplified, half-width, lower case). */
  normalized: Scalars['String']['output'];
};

/** Where an entry came from. */
export type KbSynonymSource =
  /** Shipped with Kesu (seeded from the built-in list); editable like any other. */
  | 'BUILTIN'
  /** Added by a knowledge-base editor. */
  | 'EDITOR';

export type KbVersion = {
  category?: Maybe<Category>;
  /** 注意事项 */
  caveats: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  editor?: Maybe<User>;
  id: Scalars['ID']['output'];
  /** 1, 2, 3… per article. */
  number: Scalars['Int']['output'];
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  relatedIds: Array<Scalars['ID']['output']>;
  reviewer?: Maybe<User>;
  /** 问题场景 */
  scenario: Scalars['String']['output'];
  /** 解决方案 */
  solution: Scalars['String']['output'];
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type KpiCheck = {
  /** The figure's field name, e.g. `timelyCompletionRate`. */
  metric: Scalars['String']['output'];
  verdict: KpiVerdict;
};

export type KpiGroup = {
  by: KpiGroupBy;
  /** Ordered by key (days oldest first). */
  rows: Array<KpiRow>;
};

/** What a KPI breakdown groups by. */
export type KpiGroupBy =
  /** The agent who registered it. */
  | 'AGENT'
  | 'CATEGORY'
  | 'CHANNEL'
  | 'DAY'
  /** The team the complaint is with now. */
  | 'TEAM';

export type KpiReport = {
  from: Scalars['DateTime']['output'];
  groups: Array<KpiGroup>;
  to: Scalars['DateTime']['output'];
  total: KpiRow;
};

export type KpiRow = {
  /** Registration to resolution, elapsed hours, on average. */
  averageHandlingHours?: Maybe<Scalars['Float']['output']>;
  /** Callbacks recorded among the resolved. */
  callbackRate?: Maybe<Scalars['Float']['output']>;
  /** Each targeted figure against its target. */
  checks: Array<KpiCheck>;
  /** Resolved without the expert team, among the resolved (target ≥ 80%). */
  firstContactResolutionRate?: Maybe<Scalars['Float']['output']>;
  /** A `YYYY-MM-DD` day (Beijing), an id, a channel code, or `none`. */
  key: Scalars['String']['output'];
  /** The key for people: the category, team or agent's name, the channel's label. */
  label: Scalars['String']['output'];
  majorCount: Scalars['Int']['output'];
  /** Only when the customer base is configured (`KESU_CUSTOMER_BASE`). */
  perTenThousandCustomers?: Maybe<Scalars['Float']['output']>;
  /** Reopened among the resolved. */
  reopenRate?: Maybe<Scalars['Float']['output']>;
  repeatRate?: Maybe<Scalars['Float']['output']>;
  /** First responses on time among those met or breached (target ≥ 95%). */
  responseTimelinessRate?: Maybe<Scalars['Float']['output']>;
  satisfactionAverage?: Maybe<Scalars['Float']['output']>;
  /** Scores 1 to 5, zero-filled. */
  satisfactionDistribution: Array<SatisfactionBucket>;
  /** Step clocks breached among those ended or breached (target ≤ 3%). */
  stepTimeoutRate?: Maybe<Scalars['Float']['output']>;
  /** Resolved with no resolution clock breached (below 75%: rectification). */
  timelyCompletionRate?: Maybe<Scalars['Float']['output']>;
  /** Complaints registered. */
  volume: Scalars['Int']['output'];
};

/** A figure against its target from DOMAIN.md. */
export type KpiVerdict =
  | 'MET'
  | 'MISSED'
  | 'NO_DATA'
  /** Below the line that calls for rectification. */
  | 'RECTIFY';

export type LoginInput = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};

export type LoginPayload = {
  expiresAt: Scalars['DateTime']['output'];
  /**
   * Bearer token (`Authorization: Bearer …`); the same session is also set
   * as an HttpOnly cookie for the console.
   */
  token: Scalars['String']['output'];
  user: User;
};

export type MajorCriteria = {
  /** An amount (disputed or claimed) above this, in cents. */
  amountOverCents?: Maybe<Scalars['Int']['output']>;
  /** More than this many complaints about the same announcement. */
  announcementCountOver?: Maybe<Scalars['Int']['output']>;
  /** Complaints arriving through these channels (media, regulator…). */
  channels: Array<Channel>;
  /** A repeat complaint about the same issue. */
  repeatSameIssue: Scalars['Boolean']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedBy?: Maybe<User>;
  /** 0 while the defaults apply. */
  version: Scalars['Int']['output'];
};

export type MarkNotificationsReadInput = {
  /** ...or all of the caller's. */
  all?: InputMaybe<Scalars['Boolean']['input']>;
  /** These notifications (all must be the caller's)... */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type MarkNotificationsReadPayload = {
  unreadCount: Scalars['Int']['output'];
};

export type MarkRepeatInput = {
  /** The `version` you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  repeatOfId: Scalars['ID']['input'];
};

/** The signed-in user with their effective permissions. */
export type Me = {
  permissions: Array<Scalars['String']['output']>;
  user: User;
};

export type Mutation = {
  /** Acknowledge a raised alert with a note (once; audited). */
  acknowledgeAlert: Alert;
  /** Acknowledge a raised compliance alert with a note (audited). */
  acknowledgeComplianceAlert: ComplianceAlert;
  /**
   * A note on the timeline: internal by default, or a progress note for
   * the customer (`visibility: CUSTOMER`, own permission).
   */
  addComplaintNote: ComplaintEvent;
  archiveKbArticle: KbArticle;
  assignComplaint: Complaint;
  changePassword: Scalars['Boolean']['output'];
  closeComplaint: Complaint;
  createAnnouncement: Announcement;
  /** Add a working calendar (`calendar.manage`; audited). */
  createCalendar: Calendar;
  createCategory: Category;
  /** Register a complaint during a call (每诉必录); returns its number. */
  createComplaint: CreateComplaintPayload;
  createKbArticle: KbArticle;
  createRole: Role;
  createTeam: Team;
  createUser: User;
  /** Approve or reject a pending approval; never one's own. */
  decideApproval: Approval;
  /**
   * Approve (the erasure runs at once) or reject a pending request; never
   * one's own. Needs `customer.erase`.
   */
  decideCustomerErasure: CustomerErasure;
  /** Delete a synonym entry (`kb.edit`); audited. Returns its id. */
  deleteKbSynonym: Scalars['ID']['output'];
  /** Delete a routing rule (`routing.manage`); audited. Returns its id. */
  deleteRoutingRule: Scalars['ID']['output'];
  /** Send to a department for investigation. */
  dispatchComplaint: Complaint;
  /**
   * End an announcement now (audited); it leaves the active list and no
   * complaint can be linked to it any more.
   */
  endAnnouncement: Announcement;
  /**
   * Ask for a customer's personal data to be erased; someone else decides
   * (`decideCustomerErasure`). Needs `customer.erase.request`.
   */
  eraseCustomer: CustomerErasure;
  /** Frontline → expert team. */
  escalateComplaint: Complaint;
  /**
   * The audit records matching a filter as CSV, newest first, at most
   * 50,000 (needs `audit.export`; the export itself is audited).
   */
  exportAuditLogs: AuditExport;
  /**
   * Import (or replace) one year's official holiday arrangement
   * (`calendar.manage`; audited).
   */
  importHolidayYear: ImportHolidayYearPayload;
  login: LoginPayload;
  /** Revoke the current session. */
  logout: Scalars['Boolean']['output'];
  /**
   * Mark the named notifications, or all, read: exactly one of `ids` and
   * `all: true`.
   */
  markNotificationsRead: MarkNotificationsReadPayload;
  /** Link as a repeat (重复投诉) of an earlier complaint. */
  markRepeat: Complaint;
  /**
   * Publish the agreed explanation (统一口径) for a red alert's category
   * as an announcement, linked to the alert (audited).
   */
  openAnnouncementForAlert: Alert;
  /** Stop the complaint's clocks while it waits for the customer or a third party. */
  pauseClock: Complaint;
  proposeResolution: Complaint;
  /** Publish the version in review (needs kb.publish; not your own edit). */
  publishKbArticle: KbArticle;
  /**
   * The satisfaction callback (回访), 1–5: 3–5 closes the complaint, 1–2
   * reopens it with the expert team on a new clock (unless a supervisor
   * confirms closing it, with a reason).
   */
  recordCallback: Complaint;
  /**
   * A failed attempt to reach the customer for the callback; the third
   * closes the complaint as unreachable.
   */
  recordCallbackAttempt: Complaint;
  recordInvestigation: Complaint;
  /** The caller opened a result of their search (search analytics). */
  recordKbSearchOpen: Scalars['Boolean']['output'];
  /** The customer is not satisfied: back to the expert team. */
  reopenComplaint: Complaint;
  /** Set the order rules are tried in (`routing.manage`); audited. */
  reorderRoutingRules: Array<RoutingRule>;
  resetUserPassword: Scalars['Boolean']['output'];
  /** Resolve with the reply given to the customer. */
  resolveComplaint: Complaint;
  /** Restart the complaint's paused clocks. */
  resumeClock: Complaint;
  /**
   * 退单: the department sends a wrongly dispatched complaint back to the
   * expert team that dispatched it, with why (before investigating; the
   * department's handlers, `complaint.investigate`). The dispatcher is
   * notified and dispatches it again.
   */
  returnComplaint: Complaint;
  /**
   * The customer's contact in clear, for someone handling the complaint.
   * Audited with the reason.
   */
  revealCustomerContact: RevealedContact;
  /** Create or edit a synonym entry (`kb.edit`); audited; search uses it at once, no restart. */
  saveKbSynonym: KbSynonym;
  /** Create or edit a routing rule (`routing.manage`); audited; in force for the next complaint. */
  saveRoutingRule: RoutingRule;
  /** Create or replace an SLA policy (`sla.manage`). */
  saveSlaPolicy: SlaPolicy;
  /** Set what a role may grant without approval (`role.manage`). */
  setRoleAuthorityLimit: Role;
  /** Set the calendar a team follows; returns it (`calendar.manage`; audited). */
  setTeamCalendar: Calendar;
  /**
   * Set a member's absence and backup (`roster.manage`); audited. Marking
   * someone absent hands their open complaints to the backup at once.
   */
  setUserRoster: SetUserRosterPayload;
  /** Send the draft for review. */
  submitKbArticle: KbArticle;
  /** Edit a rule's threshold, window, minimum samples or switch (audited). */
  updateAlertRule: AlertRule;
  /** Edit an announcement (audited). */
  updateAnnouncement: Announcement;
  /** Change a calendar at `version` (`calendar.manage`; audited). */
  updateCalendar: Calendar;
  /** Rename, move, re-route or (de)activate a category (`category.manage`; audited). */
  updateCategory: Category;
  updateComplaint: Complaint;
  /** Tune a compliance rule (audited; `expectedVersion` guards lost updates). */
  updateComplianceRule: ComplianceRuleSettings;
  /** Edit: a published article gets a new draft; the published version stays live. */
  updateKbArticle: KbArticle;
  /** Replace the criteria that make a complaint major (`major.manage`). */
  updateMajorCriteria: MajorCriteria;
  /** Set how long a class of record is kept (audited). Needs `retention.manage`. */
  updateRetentionRule: RetentionRule;
  updateRole: Role;
  updateTeam: Team;
  updateUser: User;
  /** Upload evidence (multipart request). JPEG, PNG, GIF, WebP or PDF. */
  uploadAttachment: Attachment;
  /** Verify the chain and every checkpoint now; recorded and audited. */
  verifyAuditChain: AuditVerification;
};


export type MutationAcknowledgeAlertArgs = {
  input: AcknowledgeAlertInput;
};


export type MutationAcknowledgeComplianceAlertArgs = {
  input: AcknowledgeComplianceAlertInput;
};


export type MutationAddComplaintNoteArgs = {
  input: AddComplaintNoteInput;
};


export type MutationArchiveKbArticleArgs = {
  input: KbArticleStepInput;
};


export type MutationAssignComplaintArgs = {
  input: AssignComplaintInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCloseComplaintArgs = {
  input: CloseComplaintInput;
};


export type MutationCreateAnnouncementArgs = {
  input: CreateAnnouncementInput;
};


export type MutationCreateCalendarArgs = {
  input: CreateCalendarInput;
};


export type MutationCreateCategoryArgs = {
  input: CreateCategoryInput;
};


export type MutationCreateComplaintArgs = {
  input: CreateComplaintInput;
};


export type MutationCreateKbArticleArgs = {
  input: CreateKbArticleInput;
};


export type MutationCreateRoleArgs = {
  input: CreateRoleInput;
};


export type MutationCreateTeamArgs = {
  input: CreateTeamInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDecideApprovalArgs = {
  input: DecideApprovalInput;
};


export type MutationDecideCustomerErasureArgs = {
  input: DecideCustomerErasureInput;
};


export type MutationDeleteKbSynonymArgs = {
  input: DeleteKbSynonymInput;
};


export type MutationDeleteRoutingRuleArgs = {
  input: DeleteRoutingRuleInput;
};


export type MutationDispatchComplaintArgs = {
  input: DispatchComplaintInput;
};


export type MutationEndAnnouncementArgs = {
  input: EndAnnouncementInput;
};


export type MutationEraseCustomerArgs = {
  input: EraseCustomerInput;
};


export type MutationEscalateComplaintArgs = {
  input: EscalateComplaintInput;
};


export type MutationExportAuditLogsArgs = {
  input: ExportAuditLogsInput;
};


export type MutationImportHolidayYearArgs = {
  input: ImportHolidayYearInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};


export type MutationMarkRepeatArgs = {
  input: MarkRepeatInput;
};


export type MutationOpenAnnouncementForAlertArgs = {
  input: OpenAnnouncementForAlertInput;
};


export type MutationPauseClockArgs = {
  input: ClockChangeInput;
};


export type MutationProposeResolutionArgs = {
  input: ProposeResolutionInput;
};


export type MutationPublishKbArticleArgs = {
  input: KbArticleStepInput;
};


export type MutationRecordCallbackArgs = {
  input: RecordCallbackInput;
};


export type MutationRecordCallbackAttemptArgs = {
  input: RecordCallbackAttemptInput;
};


export type MutationRecordInvestigationArgs = {
  input: RecordInvestigationInput;
};


export type MutationRecordKbSearchOpenArgs = {
  input: RecordKbSearchOpenInput;
};


export type MutationReopenComplaintArgs = {
  input: ReopenComplaintInput;
};


export type MutationReorderRoutingRulesArgs = {
  input: ReorderRoutingRulesInput;
};


export type MutationResetUserPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationResolveComplaintArgs = {
  input: ResolveComplaintInput;
};


export type MutationResumeClockArgs = {
  input: ClockChangeInput;
};


export type MutationReturnComplaintArgs = {
  input: ReturnComplaintInput;
};


export type MutationRevealCustomerContactArgs = {
  input: RevealCustomerContactInput;
};


export type MutationSaveKbSynonymArgs = {
  input: SaveKbSynonymInput;
};


export type MutationSaveRoutingRuleArgs = {
  input: SaveRoutingRuleInput;
};


export type MutationSaveSlaPolicyArgs = {
  input: SaveSlaPolicyInput;
};


export type MutationSetRoleAuthorityLimitArgs = {
  input: SetRoleAuthorityLimitInput;
};


export type MutationSetTeamCalendarArgs = {
  input: SetTeamCalendarInput;
};


export type MutationSetUserRosterArgs = {
  input: SetUserRosterInput;
};


export type MutationSubmitKbArticleArgs = {
  input: KbArticleStepInput;
};


export type MutationUpdateAlertRuleArgs = {
  input: UpdateAlertRuleInput;
};


export type MutationUpdateAnnouncementArgs = {
  input: UpdateAnnouncementInput;
};


export type MutationUpdateCalendarArgs = {
  input: UpdateCalendarInput;
};


export type MutationUpdateCategoryArgs = {
  input: UpdateCategoryInput;
};


export type MutationUpdateComplaintArgs = {
  input: UpdateComplaintInput;
};


export type MutationUpdateComplianceRuleArgs = {
  input: UpdateComplianceRuleInput;
};


export type MutationUpdateKbArticleArgs = {
  input: UpdateKbArticleInput;
};


export type MutationUpdateMajorCriteriaArgs = {
  input: UpdateMajorCriteriaInput;
};


export type MutationUpdateRetentionRuleArgs = {
  input: UpdateRetentionRuleInput;
};


export type MutationUpdateRoleArgs = {
  input: UpdateRoleInput;
};


export type MutationUpdateTeamArgs = {
  input: UpdateTeamInput;
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};


export type MutationUploadAttachmentArgs = {
  input: UploadAttachmentInput;
};


export type MutationVerifyAuditChainArgs = {
  input?: InputMaybe<VerifyAuditChainInput>;
};

export type MyAuthority = {
  /** What the caller may grant without approval, in cents. */
  limitCents: Scalars['Int']['output'];
};

export type Notification = {
  alertId?: Maybe<Scalars['ID']['output']>;
  body: Scalars['String']['output'];
  /** The complaint it is about (open it to see whether you still may). */
  complaintId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  readAt?: Maybe<Scalars['DateTime']['output']>;
  title: Scalars['String']['output'];
};

export type NotificationConnection = {
  /** A list of edges. */
  edges: Array<NotificationEdge>;
  /** A list of nodes. */
  nodes: Array<Notification>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type NotificationEdge = {
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Notification;
};

/**
 * A subscription event: the new notification (null when only the count
 * changed, and on the first event) and the caller's unread count after it.
 */
export type NotificationEvent = {
  notification?: Maybe<Notification>;
  unreadCount: Scalars['Int']['output'];
};

/** What a notification is about. */
export type NotificationKind =
  | 'ALERT'
  /** An approver decided on an amount you proposed. */
  | 'APPROVAL_DECIDED'
  /** A refund or compensation above its proposer's authority awaits you. */
  | 'APPROVAL_REQUESTED'
  | 'ASSIGNED'
  /** A compliance rule caught someone's access to personal data (auditors). */
  | 'COMPLIANCE_ALERT'
  | 'CUSTOMER_REPLY'
  /** A complaint became major, or a major one awaits your sign-off. */
  | 'MAJOR'
  /** A department sent back a complaint you dispatched (退单). */
  | 'RETURNED'
  | 'SLA_AT_RISK'
  | 'SLA_BREACHED';

export type OpenAnnouncementForAlertInput = {
  /** A red (category surge) alert. */
  alertId: Scalars['ID']['input'];
  /** The agreed explanation agents give callers (统一解释口径). */
  script: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

/** Information about pagination in a connection */
export type PageInfo = {
  /** When paginating forwards, the cursor to continue. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** When paginating forwards, are there more items? */
  hasNextPage: Scalars['Boolean']['output'];
  /** When paginating backwards, are there more items? */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** When paginating backwards, the cursor to continue. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A named capability. */
export type PermissionInfo = {
  code: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

/** Urgency. */
export type Priority =
  | 'IMPORTANT'
  | 'NORMAL'
  | 'URGENT';

export type PriorityVote = {
  priority: Priority;
  share: Scalars['Float']['output'];
};

export type ProposeResolutionInput = {
  /** The `version` you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  refundGrantedCents?: InputMaybe<Scalars['Int']['input']>;
  resolution: Scalars['String']['input'];
  /**
   * The fee charged by mistake, when the investigation found one
   * (WRONG_CHARGE): the refund proposed is its double (错收双倍返还);
   * defaults to the amount the customer claimed.
   */
  wronglyChargedCents?: InputMaybe<Scalars['Int']['input']>;
};

export type PublicComplaintStatus = {
  /** When it was completed (已完成处理). */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The next reply promised by the latest progress note, while ahead. */
  nextReplyBy?: Maybe<Scalars['DateTime']['output']>;
  number: Scalars['String']['output'];
  /** The state the customer sees. */
  publicStatus: PublicStatus;
  /** Its Chinese wording. */
  publicStatusLabel: Scalars['String']['output'];
  registeredAt: Scalars['DateTime']['output'];
  /** The states reached and the notes written for the customer, oldest first. */
  timeline: Array<CustomerTimelineEntry>;
  /** When the customer was last told something. */
  updatedAt: Scalars['DateTime']['output'];
};

/** The four states a customer sees. */
export type PublicStatus =
  /** 已受理 */
  | 'ACCEPTED'
  /** 已完成处理 */
  | 'COMPLETED'
  /** 已完成初步查证 */
  | 'INVESTIGATED'
  /** 已派专业部门查证处理 */
  | 'IN_PROGRESS';

export type Query = {
  /** The alert rules, yellow to red. Needs `alert.view`. */
  alertRules: Array<AlertRule>;
  /** Alerts, newest first, in the given states (all when left out). Needs `alert.view`. */
  alerts: AlertConnection;
  announcements: AnnouncementConnection;
  /**
   * Approvals oldest first (the queue order). Approvers see all; anyone
   * else the approvals they requested.
   */
  approvals: ApprovalConnection;
  /**
   * The active members of a team, to assign a complaint to: for anyone who
   * may assign or dispatch (`complaint.assign` or `complaint.dispatch`;
   * in any team with the all-complaints scope, else in their own team).
   */
  assignableUsers: Array<User>;
  /** The audit chain: head, last checkpoint, last verification. */
  auditChainStatus: AuditChainStatus;
  /** The audit trail, newest first (auditors only). */
  auditLogs: AuditLogConnection;
  calendar: Calendar;
  /** Every working calendar, the default first (any signed-in user). */
  calendars: Array<Calendar>;
  /**
   * Resolved complaints due for the satisfaction call, the callback
   * deadline (1 working day from resolution) that runs out first first.
   */
  callbackQueue: ComplaintConnection;
  /**
   * The category tree; deactivated categories only with `includeInactive`
   * (intake leaves them out; old complaints keep theirs).
   */
  categories: Array<Category>;
  complaint: Complaint;
  complaintByNumber: Complaint;
  /**
   * Complaint volume and satisfaction over complaints created in a range
   * (needs `report.read`).
   */
  complaintStats: ComplaintStats;
  /**
   * A customer's own complaint, by its number and the last four digits of
   * the phone it was registered with. Public: no login. `null` when the
   * pair does not match, exactly as for an unknown number. Limited per
   * source address and per number (`TOO_MANY_REQUESTS` past the limit);
   * every lookup is audited.
   */
  complaintStatus?: Maybe<PublicComplaintStatus>;
  /** Complaints the caller may see, newest first unless `orderBy` says otherwise. */
  complaints: ComplaintConnection;
  /** Compliance alerts, newest first; `state` narrows them. Needs `audit.read`. */
  complianceAlerts: ComplianceAlertConnection;
  /** The compliance rules. Needs `audit.read`. */
  complianceRules: Array<ComplianceRuleSettings>;
  /** Look a customer up by the phone number the caller gives (masked; audited). */
  customerByPhone?: Maybe<Customer>;
  /** Erasure requests, newest first. Needs `customer.erase` or `customer.erase.request`. */
  customerErasures: CustomerErasureConnection;
  /** The stored official holiday arrangements, oldest year first. */
  holidayYears: Array<HolidayYear>;
  /**
   * Resolved complaints across the centre like `text` (what the caller
   * says), as summaries without personal data, and the category,
   * priority, team and reply they suggest. Each summary shown is audited.
   */
  intakeSuggestions: IntakeSuggestions;
  kbArticle: KbArticle;
  kbArticles: KbArticleConnection;
  /**
   * Published articles that no search of `[from, to)` showed among its
   * first ten results.
   */
  kbArticlesNeverFound: KbArticleConnection;
  /** Queries over `[from, to)`, most searched first. */
  kbQueryStats: KbQueryStatConnection;
  /**
   * Full-text search for agents on a call: Simplified or Traditional,
   * synonyms, common typos, model numbers.
   */
  kbSearch: KbSearchResult;
  /** Search totals over `[from, to)`; by default the last 30 days (at most 366). */
  kbSearchSummary: KbSearchSummary;
  /** Titles for search-as-you-type. */
  kbSuggest: Array<KbSuggestion>;
  /** Try a query against the synonyms in force (`kb.edit`). */
  kbSynonymPreview: KbSynonymPreview;
  /** Domain synonyms and typo corrections used by search (`kb.edit`), newest first. */
  kbSynonyms: KbSynonymConnection;
  /**
   * KPIs of the complaints registered in `[from, to)` (default the last
   * 30 days, at most 366), in total and by each `groupBy` (`report.read`).
   */
  kpis: KpiReport;
  /** The criteria that make a complaint major. */
  majorCriteria: MajorCriteria;
  me: Me;
  /** What the caller may grant without approval. */
  myAuthority: MyAuthority;
  /** The caller's notifications, newest first. */
  notifications: NotificationConnection;
  /** Every named permission, for building custom roles. */
  permissions: Array<PermissionInfo>;
  /** How long each class of record is kept. Needs `audit.read` or `retention.manage`. */
  retentionRules: Array<RetentionRule>;
  /** Every role with its permissions (`user.manage` or `role.manage`). */
  roles: Array<Role>;
  /**
   * Which rule would fire for a complaint like this, why the rules before
   * it did not, and who would get it now (`routing.manage`). Writes nothing.
   */
  routeDryRun: RoutingDecision;
  /** Routing rules in the order they are tried (`routing.manage`). */
  routingRules: RoutingRuleConnection;
  /**
   * Earlier complaints about the same problem (by `complaintId` or by `text`),
   * only ones you may read, and none that is only faintly alike: an empty
   * list rather than unrelated complaints.
   */
  similarComplaints: Array<SimilarComplaint>;
  /** SLA policies (`sla.manage` or `report.read`). */
  slaPolicies: Array<SlaPolicy>;
  teams: Array<Team>;
  unreadNotificationCount: Scalars['Int']['output'];
  users: UserConnection;
  /**
   * The instant `workingDays` working days (ending at the close of the
   * last one; the day of `from` never counts) or `workingHours` working
   * hours after `from`, on the team's calendar or the default one. Give
   * exactly one: 0..=365 days or 0..=2000 hours.
   */
  workingDeadline: Scalars['DateTime']['output'];
  /**
   * `workingDeadline` with the calendar used and the years it lacks
   * official holiday data for (a warning to show with the date).
   */
  workingDeadlineDetails: WorkingDeadline;
};


export type QueryAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<Array<AlertState>>;
};


export type QueryAnnouncementsArgs = {
  activeOnly?: Scalars['Boolean']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryApprovalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ApprovalStatus>;
};


export type QueryAssignableUsersArgs = {
  teamId: Scalars['ID']['input'];
};


export type QueryAuditLogsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCalendarArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCallbackQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCategoriesArgs = {
  includeInactive?: Scalars['Boolean']['input'];
};


export type QueryComplaintArgs = {
  id: Scalars['ID']['input'];
};


export type QueryComplaintByNumberArgs = {
  number: Scalars['String']['input'];
};


export type QueryComplaintStatsArgs = {
  filter?: InputMaybe<ComplaintStatsFilter>;
};


export type QueryComplaintStatusArgs = {
  number: Scalars['String']['input'];
  phoneLast4: Scalars['String']['input'];
};


export type QueryComplaintsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ComplaintFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ComplaintOrder>;
};


export type QueryComplianceAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<Array<AlertState>>;
};


export type QueryCustomerByPhoneArgs = {
  phone: Scalars['String']['input'];
};


export type QueryCustomerErasuresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ErasureStatus>;
};


export type QueryIntakeSuggestionsArgs = {
  text: Scalars['String']['input'];
};


export type QueryKbArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryKbArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KbArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryKbArticlesNeverFoundArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryKbQueryStatsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  kind: KbQueryStatKind;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryKbSearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KbSearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QueryKbSearchSummaryArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryKbSuggestArgs = {
  prefix: Scalars['String']['input'];
};


export type QueryKbSynonymPreviewArgs = {
  query: Scalars['String']['input'];
};


export type QueryKbSynonymsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KbSynonymFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryKpisArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  groupBy?: Array<KpiGroupBy>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryRouteDryRunArgs = {
  input: RouteDryRunInput;
};


export type QueryRoutingRulesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySimilarComplaintsArgs = {
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  complaintId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWorkingDeadlineArgs = {
  from: Scalars['DateTime']['input'];
  teamId?: InputMaybe<Scalars['ID']['input']>;
  workingDays?: InputMaybe<Scalars['Int']['input']>;
  workingHours?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWorkingDeadlineDetailsArgs = {
  from: Scalars['DateTime']['input'];
  teamId?: InputMaybe<Scalars['ID']['input']>;
  workingDays?: InputMaybe<Scalars['Int']['input']>;
  workingHours?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordCallbackAttemptInput = {
  /** The `version` you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** What happened (no answer, switched off, wrong number…). */
  note?: InputMaybe<Scalars['String']['input']>;
};

export type RecordCallbackInput = {
  /**
   * A supervisor closes a score of 1 or 2 anyway (else it reopens),
   * giving `reason`.
   */
  closeDespiteLowScore?: InputMaybe<Scalars['Boolean']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The `version` you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  satisfaction: Scalars['Int']['input'];
};

/** A class of record with a retention period: customers (erased once their last complaint has been closed that long), knowledge-base search analytics, read notifications. */
export type RecordClass =
  | 'CUSTOMER'
  | 'NOTIFICATION'
  | 'SEARCH_LOG';

export type RecordInvestigationInput = {
  /** The `version` you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  findings: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  responsibility: Responsibility;
};

export type RecordKbSearchOpenInput = {
  articleId: Scalars['ID']['input'];
  /** `searchId` of the search the article was opened from. */
  searchId: Scalars['ID']['input'];
};

export type ReopenComplaintInput = {
  /** The `version` you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type ReorderRoutingRulesInput = {
  /** Every rule's id, in the order they are to be tried. */
  ids: Array<Scalars['ID']['input']>;
};

/**
 * An earlier, open or recent complaint of the same customer about the same
 * problem (same category family, or alike in text), most alike first.
 */
export type RepeatCandidate = {
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  number: Scalars['String']['output'];
  /** Filed in the same top-level category. */
  sameCategory: Scalars['Boolean']['output'];
  /** How alike the two complaints' title and description are, 0 to 1. */
  similarity: Scalars['Float']['output'];
  status: ComplaintStatus;
  title: Scalars['String']['output'];
};

export type ResetPasswordInput = {
  id: Scalars['ID']['input'];
  newPassword: Scalars['String']['input'];
};

export type ResolveComplaintInput = {
  /** The `version` you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  refundGrantedCents?: InputMaybe<Scalars['Int']['input']>;
  /** What is told to the customer. */
  reply: Scalars['String']['input'];
  resolution?: InputMaybe<Scalars['String']['input']>;
};

export type ResolvedComplaintSummary = {
  category?: Maybe<Category>;
  /** The knowledge-base article the complaint was answered with. */
  kbArticleId?: Maybe<Scalars['ID']['output']>;
  kbArticleTitle?: Maybe<Scalars['String']['output']>;
  priority: Priority;
  /**
   * The reply given to the customer (phone, ID, card numbers and e-mail
   * addresses replaced).
   */
  resolution?: Maybe<Scalars['String']['output']>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** How alike, 0–1 (as `SimilarComplaint.score`). */
  score: Scalars['Float']['output'];
  status: ComplaintStatus;
};

/** Who was responsible, once verified. */
export type Responsibility =
  | 'CLEAR_DEFECT'
  | 'CUSTOMER'
  | 'INTERNAL'
  | 'MISUSE'
  | 'THIRD_PARTY'
  | 'UNDETERMINED'
  | 'WRONG_CHARGE';

export type RetentionRule = {
  days: Scalars['Int']['output'];
  /** The fewest days this class may be set to. */
  minDays: Scalars['Int']['output'];
  recordClass: RecordClass;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedBy?: Maybe<User>;
  version: Scalars['Int']['output'];
};

export type ReturnComplaintInput = {
  /** The `version` you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type RevealCustomerContactInput = {
  complaintId: Scalars['ID']['input'];
  /** Why you need the contact in clear (kept in the audit record). */
  reason: Scalars['String']['input'];
};

/** A customer's contact in clear; each one returned is an audit record. */
export type RevealedContact = {
  /** The audit record written for this reveal. */
  auditId: Scalars['ID']['output'];
  customerId: Scalars['ID']['output'];
  email?: Maybe<Scalars['String']['output']>;
  idCard?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  phone: Scalars['String']['output'];
};

export type Role = {
  /**
   * What the role may grant without approval, in cents (null: the
   * default, 1,000 元).
   */
  authorityLimitCents?: Maybe<Scalars['Int']['output']>;
  /** Built-in roles follow the code and cannot be edited. */
  builtin: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  permissions: Array<Scalars['String']['output']>;
};

/** A complaint as routing would see it. */
export type RouteDryRunInput = {
  amountDisputedCents?: InputMaybe<Scalars['Int']['input']>;
  categoryId: Scalars['ID']['input'];
  channel: Channel;
  /** The customer's complaints before this one. */
  earlierComplaints?: Scalars['Int']['input'];
  isMajor?: Scalars['Boolean']['input'];
  priority: Priority;
  productModel?: InputMaybe<Scalars['String']['input']>;
};

export type RoutingConditions = {
  amountMaxCents?: Maybe<Scalars['Int']['output']>;
  amountMinCents?: Maybe<Scalars['Int']['output']>;
  /** A top-level category includes its children. */
  categories: Array<Category>;
  channels: Array<Channel>;
  /** Only major complaints (true) or only others (false). */
  major?: Maybe<Scalars['Boolean']['output']>;
  /** At least this many earlier complaints from the same customer. */
  minEarlierComplaints?: Maybe<Scalars['Int']['output']>;
  priorities: Array<Priority>;
  /** `*` any characters, `?` one; case-insensitive, whole model. */
  productModel?: Maybe<Scalars['String']['output']>;
};

export type RoutingConditionsInput = {
  amountMaxCents?: InputMaybe<Scalars['Int']['input']>;
  amountMinCents?: InputMaybe<Scalars['Int']['input']>;
  categoryIds?: Array<Scalars['ID']['input']>;
  channels?: Array<Channel>;
  major?: InputMaybe<Scalars['Boolean']['input']>;
  minEarlierComplaints?: InputMaybe<Scalars['Int']['input']>;
  priorities?: Array<Priority>;
  productModel?: InputMaybe<Scalars['String']['input']>;
};

export type RoutingDecision = {
  /** Who would get it now; null for a team-queue rule or when nobody is present. */
  assignee?: Maybe<User>;
  /** The absent member whose turn the backup takes. */
  insteadOf?: Maybe<User>;
  /** The rule that fires; null when none does (the complaint stays with the accepting team). */
  rule?: Maybe<RoutingRule>;
  /** The decision in one sentence, as the timeline shows it. */
  summary: Scalars['String']['output'];
  team?: Maybe<Team>;
  /** Active rules tried before the one that fires, in order. */
  tried: Array<RoutingRuleTried>;
};

/** A condition a complaint did not meet. */
export type RoutingMiss =
  | 'AMOUNT'
  | 'CATEGORY'
  | 'CHANNEL'
  | 'MAJOR'
  | 'PRIORITY'
  | 'PRODUCT_MODEL'
  | 'REPEAT_CALLER';

export type RoutingRule = {
  /** Inactive rules are kept but never fire. */
  active: Scalars['Boolean']['output'];
  assignMode: AssignMode;
  conditions: RoutingConditions;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Place in the order rules are tried (the first that fires wins). */
  position: Scalars['Int']['output'];
  team?: Maybe<Team>;
  updatedAt: Scalars['DateTime']['output'];
  updatedBy?: Maybe<User>;
  /** Pass back as expectedVersion when saving or deleting. */
  version: Scalars['Int']['output'];
};

export type RoutingRuleConnection = {
  /** A list of edges. */
  edges: Array<RoutingRuleEdge>;
  /** A list of nodes. */
  nodes: Array<RoutingRule>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type RoutingRuleEdge = {
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: RoutingRule;
};

/** A rule tried before the one that fired, and the conditions it missed. */
export type RoutingRuleTried = {
  misses: Array<RoutingMiss>;
  ruleId: Scalars['ID']['output'];
  ruleName: Scalars['String']['output'];
};

export type SatisfactionBucket = {
  count: Scalars['Int']['output'];
  score: Scalars['Int']['output'];
};

export type SatisfactionCount = {
  count: Scalars['Int']['output'];
  /** 1 (very dissatisfied) to 5 (very satisfied). */
  score: Scalars['Int']['output'];
};

export type SaveKbSynonymInput = {
  /** Required when id is given. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Omit to create. */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: KbSynonymKind;
  note?: InputMaybe<Scalars['String']['input']>;
  terms: Array<Scalars['String']['input']>;
};

export type SaveRoutingRuleInput = {
  active?: Scalars['Boolean']['input'];
  assignMode?: AssignMode;
  conditions?: RoutingConditionsInput;
  /** Required when id is given. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Omit to create (the new rule is tried last). */
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  teamId: Scalars['ID']['input'];
};

/** Create a policy (no `id`) or replace one (`id` with `expectedVersion`). */
export type SaveSlaPolicyInput = {
  callback: SlaTargetInput;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  escalation: SlaTargetInput;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  firstResponse: SlaTargetInput;
  id?: InputMaybe<Scalars['ID']['input']>;
  investigation: SlaTargetInput;
  priority?: InputMaybe<Priority>;
  resolution: SlaTargetInput;
};

export type SetRoleAuthorityLimitInput = {
  /**
   * What the role may grant without approval, in cents; null restores the
   * default (1,000 元).
   */
  limitCents?: InputMaybe<Scalars['Int']['input']>;
  roleId: Scalars['ID']['input'];
};

/** Give a team a calendar; `calendarId: null` returns it to the default. */
export type SetTeamCalendarInput = {
  calendarId?: InputMaybe<Scalars['ID']['input']>;
  teamId: Scalars['ID']['input'];
};

export type SetUserRosterInput = {
  /** Marking a member absent hands their open complaints to the backup. */
  absent: Scalars['Boolean']['input'];
  /** The backup (B role), an active member of the same team; null for none. */
  backupUserId?: InputMaybe<Scalars['ID']['input']>;
  userId: Scalars['ID']['input'];
};

export type SetUserRosterPayload = {
  /** Open complaints handed over because the member was marked absent. */
  handedOver: Scalars['Int']['output'];
  /** Who took them; null when they went back to the team queue. */
  handedTo?: Maybe<User>;
  user: User;
};

/** Working hours within a day, on the calendar's wall clock. */
export type Shift = {
  /** `HH:MM`, exclusive; `24:00` is midnight at the end of the day. */
  end: Scalars['String']['output'];
  /** `HH:MM`. */
  start: Scalars['String']['output'];
};

/** Working hours within a day, on the calendar's wall clock. */
export type ShiftInput = {
  /** `HH:MM`, exclusive; `24:00` is midnight at the end of the day. */
  end: Scalars['String']['input'];
  /** `HH:MM`. */
  start: Scalars['String']['input'];
};

/** A complaint like another one, with how alike (higher is closer). */
export type SimilarComplaint = {
  complaint: Complaint;
  /**
   * How alike, 0–1: the share of the text's distinctive words and
   * character pairs the complaint matched (weighted by rarity), blended
   * with the two texts' sentence-encoder cosine when `semantic`.
   */
  score: Scalars['Float']['output'];
  /**
   * Whether the sentence encoder took part in ranking it (meaning as
   * well as words); false when the server runs without the model.
   */
  semantic: Scalars['Boolean']['output'];
};

/** Targets for complaints of a category and priority (either may be any). */
export type SlaPolicy = {
  callback: SlaTarget;
  /** `null`: any category. */
  categoryId?: Maybe<Scalars['ID']['output']>;
  escalation: SlaTarget;
  firstResponse: SlaTarget;
  id: Scalars['ID']['output'];
  investigation: SlaTarget;
  /** `null`: any priority. */
  priority?: Maybe<Priority>;
  resolution: SlaTarget;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

/** Where a complaint's time limits stand. */
export type SlaState =
  | 'AT_RISK'
  | 'BREACHED'
  | 'MET'
  | 'ON_TRACK'
  | 'PAUSED';

/** A step of the lifecycle with its own time limit. */
export type SlaStep =
  | 'CALLBACK'
  | 'ESCALATION'
  | 'INVESTIGATION';

/** A time limit: a value and its unit. */
export type SlaTarget = {
  unit: TargetUnit;
  value: Scalars['Int']['output'];
};

/** A time limit: a value and its unit. */
export type SlaTargetInput = {
  unit: TargetUnit;
  value: Scalars['Int']['input'];
};

export type StatusCount = {
  count: Scalars['Int']['output'];
  status: ComplaintStatus;
};

/** Live events, over WebSocket on `/graphql` (`graphql-transport-ws`). */
export type Subscription = {
  /** A tick whenever complaints changed, for the dashboard to re-read. */
  dashboardChanged: DashboardChange;
  /**
   * The caller's new notifications with the unread count; the first
   * event carries the current count. Ends with UNAUTHENTICATED when the
   * session is revoked.
   */
  notifications: NotificationEvent;
};

/** How a time limit is stated. */
export type TargetUnit =
  | 'HOURS'
  | 'WORKING_DAYS'
  | 'WORKING_HOURS';

export type Team = {
  id: Scalars['ID']['output'];
  /** center, branch, store, expert or department. */
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  parent?: Maybe<Team>;
  parentId?: Maybe<Scalars['ID']['output']>;
};

export type TeamVote = {
  share: Scalars['Float']['output'];
  team?: Maybe<Team>;
};

/** Change a rule's settings; fields left out stay as they are. */
export type UpdateAlertRuleInput = {
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The `version` you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  minSamples?: InputMaybe<Scalars['Int']['input']>;
  threshold?: InputMaybe<Scalars['Float']['input']>;
  windowMinutes?: InputMaybe<Scalars['Int']['input']>;
};

/** Change an announcement; fields left out stay as they are. */
export type UpdateAnnouncementInput = {
  activeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** `null` makes it open-ended. */
  activeUntil?: InputMaybe<Scalars['DateTime']['input']>;
  /** `null` makes it apply to every category. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** The `version` you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  explanation?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A change to a calendar; fields left out stay as they are. */
export type UpdateCalendarInput = {
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  officialHolidays?: InputMaybe<Scalars['Boolean']['input']>;
  shifts?: InputMaybe<Array<ShiftInput>>;
  /** The version the change was made against. */
  version: Scalars['Int']['input'];
  weekend?: InputMaybe<Array<Weekday>>;
};

/** Change a category; fields left out stay as they are. */
export type UpdateCategoryInput = {
  /** `false` retires it: hidden from intake, kept on old complaints. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** `null` clears it. */
  defaultTeamId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** A top-level category, or `null` to make this one top-level. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateComplaintInput = {
  amountDisputedCents?: InputMaybe<Scalars['Int']['input']>;
  arrivedOn?: InputMaybe<Scalars['NaiveDate']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  channel?: InputMaybe<Channel>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** The `version` you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  isMajor?: InputMaybe<Scalars['Boolean']['input']>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  occurredPlace?: InputMaybe<Scalars['String']['input']>;
  orderNumber?: InputMaybe<Scalars['String']['input']>;
  priority?: InputMaybe<Priority>;
  productBatch?: InputMaybe<Scalars['String']['input']>;
  productModel?: InputMaybe<Scalars['String']['input']>;
  purchasedOn?: InputMaybe<Scalars['NaiveDate']['input']>;
  refundRequestedCents?: InputMaybe<Scalars['Int']['input']>;
  shippedOn?: InputMaybe<Scalars['NaiveDate']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateComplianceRuleInput = {
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  expectedVersion: Scalars['Int']['input'];
  rule: ComplianceRuleKind;
  threshold?: InputMaybe<Scalars['Int']['input']>;
  windowMinutes?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateKbArticleInput = {
  article: KbArticleFields;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type UpdateMajorCriteriaInput = {
  amountOverCents?: InputMaybe<Scalars['Int']['input']>;
  announcementCountOver?: InputMaybe<Scalars['Int']['input']>;
  channels: Array<Channel>;
  /** The version read (0 while the defaults apply). */
  expectedVersion: Scalars['Int']['input'];
  repeatSameIssue: Scalars['Boolean']['input'];
};

export type UpdateRetentionRuleInput = {
  days: Scalars['Int']['input'];
  /** The version the caller saw (a lost update is refused). */
  expectedVersion: Scalars['Int']['input'];
  recordClass: RecordClass;
};

export type UpdateRoleInput = {
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  permissions?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateTeamInput = {
  id: Scalars['ID']['input'];
  /**
   * center, branch, store, expert or department; only while the team has
   * no open complaints.
   */
  kind?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateUserInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  roles?: InputMaybe<Array<Scalars['String']['input']>>;
  /** null removes the user from their team. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

export type UploadAttachmentInput = {
  complaintId: Scalars['ID']['input'];
  file: Scalars['Upload']['input'];
};

export type User = {
  /** Marked absent: their turns and open complaints go to the backup. */
  absent: Scalars['Boolean']['output'];
  active: Scalars['Boolean']['output'];
  /** The designated backup (B role) in the same team. */
  backup?: Maybe<User>;
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Role codes held by the user. */
  roles: Array<Scalars['String']['output']>;
  team?: Maybe<Team>;
  username: Scalars['String']['output'];
};

export type UserConnection = {
  /** A list of edges. */
  edges: Array<UserEdge>;
  /** A list of nodes. */
  nodes: Array<User>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type UserEdge = {
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: User;
};

export type VerifyAuditChainInput = {
  /** Start at this record (default 1: the whole chain). */
  fromSeq?: InputMaybe<Scalars['Int']['input']>;
};

/** Who may see a timeline entry. */
export type Visibility =
  | 'CUSTOMER'
  | 'INTERNAL';

/** A day of the week. */
export type Weekday =
  | 'FRI'
  | 'MON'
  | 'SAT'
  | 'SUN'
  | 'THU'
  | 'TUE'
  | 'WED';

/** A deadline with the calendar it was computed on. */
export type WorkingDeadline = {
  at: Scalars['DateTime']['output'];
  calendarId: Scalars['ID']['output'];
  calendarName: Scalars['String']['output'];
  /**
   * Years the span touches for which the calendar has no official
   * holiday data: the deadline ignores those years' holidays.
   */
  missingHolidayYears: Array<Scalars['Int']['output']>;
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { permissions: Array<string>, user: { id: string, username: string, displayName: string, roles: Array<string>, team?: { id: string, name: string } | null } } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { expiresAt: string, user: { id: string, displayName: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type PromiseDateQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  days: Scalars['Int']['input'];
  teamId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type PromiseDateQuery = { workingDeadlineDetails: { at: string, calendarName: string, missingHolidayYears: Array<number> } };

export type AssignableUsersQueryVariables = Exact<{
  teamId: Scalars['ID']['input'];
}>;


export type AssignableUsersQuery = { assignableUsers: Array<{ id: string, displayName: string }> };

export type CategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoriesQuery = { categories: Array<{ id: string, code: string, name: string, parentId?: string | null }> };

export type ComplaintSummaryFragment = { id: string, number: string, title: string, status: ComplaintStatus, createdAt: string };

export type ComplaintListFieldsFragment = { id: string, number: string, title: string, status: ComplaintStatus, channel: Channel, priority: Priority, isMajor: boolean, repeatOfId?: string | null, reopenCount: number, createdAt: string, updatedAt: string, category?: { id: string, name: string, parent?: { id: string, name: string } | null } | null, customer?: { id: string, nameMasked: string, phoneMasked: string } | null, assignee?: { id: string, displayName: string } | null, team?: { id: string, name: string } | null, sla?: { state: SlaState, nextDueAt?: string | null } | null };

export type RoleNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type RoleNamesQuery = { roles: Array<{ code: string, name: string }> };

export type ChangeOwnPasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangeOwnPasswordMutation = { changePassword: boolean };

export type NotificationFeedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationFeedSubscription = { notifications: { unreadCount: number, notification?: { id: string } | null } };

export type NotificationListQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type NotificationListQuery = { notifications: { edges: Array<{ node: { id: string, kind: NotificationKind, title: string, body: string, complaintId?: string | null, createdAt: string, readAt?: string | null } }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { unreadCount: number } };

export type AdminCalendarsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCalendarsQuery = { calendars: Array<{ id: string, name: string, isDefault: boolean, officialHolidays: boolean, version: number, zone: string, teamIds: Array<string>, holidayYears: Array<number>, weekend: Array<Weekday>, shifts: Array<{ start: string, end: string }> }>, holidayYears: Array<{ year: number, source: string, holidays: Array<{ name: string, start: string, end: string, makeupWorkdays: Array<string> }> }>, teams: Array<{ id: string, name: string }> };

export type CreateCalendarMutationVariables = Exact<{
  input: CreateCalendarInput;
}>;


export type CreateCalendarMutation = { createCalendar: { id: string, name: string } };

export type UpdateCalendarMutationVariables = Exact<{
  input: UpdateCalendarInput;
}>;


export type UpdateCalendarMutation = { updateCalendar: { id: string, name: string, version: number } };

export type SetTeamCalendarMutationVariables = Exact<{
  input: SetTeamCalendarInput;
}>;


export type SetTeamCalendarMutation = { setTeamCalendar: { id: string, name: string } };

export type ImportHolidayYearMutationVariables = Exact<{
  input: ImportHolidayYearInput;
}>;


export type ImportHolidayYearMutation = { importHolidayYear: { replaced: boolean, year: { year: number } } };

export type MajorCriteriaFieldsFragment = { amountOverCents?: number | null, channels: Array<Channel>, repeatSameIssue: boolean, announcementCountOver?: number | null, version: number, updatedAt?: string | null, updatedBy?: { id: string, displayName: string } | null };

export type AdminMajorCriteriaQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminMajorCriteriaQuery = { majorCriteria: { amountOverCents?: number | null, channels: Array<Channel>, repeatSameIssue: boolean, announcementCountOver?: number | null, version: number, updatedAt?: string | null, updatedBy?: { id: string, displayName: string } | null } };

export type UpdateMajorCriteriaMutationVariables = Exact<{
  input: UpdateMajorCriteriaInput;
}>;


export type UpdateMajorCriteriaMutation = { updateMajorCriteria: { amountOverCents?: number | null, channels: Array<Channel>, repeatSameIssue: boolean, announcementCountOver?: number | null, version: number, updatedAt?: string | null, updatedBy?: { id: string, displayName: string } | null } };

export type AdminUsersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdminUsersQuery = { users: { pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, username: string, displayName: string, active: boolean, roles: Array<string>, createdAt: string, absent: boolean, team?: { id: string, name: string } | null, backup?: { id: string, displayName: string } | null }> } };

export type AdminRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminRolesQuery = { roles: Array<{ id: string, code: string, name: string, builtin: boolean, authorityLimitCents?: number | null, permissions: Array<string> }>, permissions: Array<{ code: string, label: string }> };

export type AdminTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminTeamsQuery = { teams: Array<{ id: string, name: string, kind: string, parentId?: string | null }> };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, username: string } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, username: string, displayName: string, active: boolean, roles: Array<string>, team?: { id: string, name: string } | null } };

export type SetUserRosterMutationVariables = Exact<{
  input: SetUserRosterInput;
}>;


export type SetUserRosterMutation = { setUserRoster: { handedOver: number, user: { id: string, absent: boolean, backup?: { id: string, displayName: string } | null }, handedTo?: { id: string, displayName: string } | null } };

export type ResetUserPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: boolean };

export type CreateRoleMutationVariables = Exact<{
  input: CreateRoleInput;
}>;


export type CreateRoleMutation = { createRole: { id: string, code: string } };

export type UpdateRoleMutationVariables = Exact<{
  input: UpdateRoleInput;
}>;


export type UpdateRoleMutation = { updateRole: { id: string, code: string, name: string, permissions: Array<string> } };

export type SetRoleAuthorityLimitMutationVariables = Exact<{
  input: SetRoleAuthorityLimitInput;
}>;


export type SetRoleAuthorityLimitMutation = { setRoleAuthorityLimit: { id: string, code: string, authorityLimitCents?: number | null } };

export type CreateTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;


export type CreateTeamMutation = { createTeam: { id: string, name: string } };

export type UpdateTeamMutationVariables = Exact<{
  input: UpdateTeamInput;
}>;


export type UpdateTeamMutation = { updateTeam: { id: string, name: string, kind: string, parentId?: string | null } };

export type AdminCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCategoriesQuery = { categories: Array<{ id: string, code: string, name: string, parentId?: string | null, active: boolean, defaultTeam?: { id: string, name: string } | null }> };

export type CreateCategoryMutationVariables = Exact<{
  input: CreateCategoryInput;
}>;


export type CreateCategoryMutation = { createCategory: { id: string, name: string } };

export type UpdateCategoryMutationVariables = Exact<{
  input: UpdateCategoryInput;
}>;


export type UpdateCategoryMutation = { updateCategory: { id: string, name: string, active: boolean } };

export type RoutingRuleFieldsFragment = { id: string, position: number, name: string, active: boolean, assignMode: AssignMode, version: number, updatedAt: string, conditions: { channels: Array<Channel>, priorities: Array<Priority>, productModel?: string | null, amountMinCents?: number | null, amountMaxCents?: number | null, minEarlierComplaints?: number | null, major?: boolean | null, categories: Array<{ id: string, name: string, parent?: { name: string } | null }> }, team?: { id: string, name: string } | null, updatedBy?: { id: string, displayName: string } | null };

export type AdminRoutingRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminRoutingRulesQuery = { routingRules: { totalCount: number, nodes: Array<{ id: string, position: number, name: string, active: boolean, assignMode: AssignMode, version: number, updatedAt: string, conditions: { channels: Array<Channel>, priorities: Array<Priority>, productModel?: string | null, amountMinCents?: number | null, amountMaxCents?: number | null, minEarlierComplaints?: number | null, major?: boolean | null, categories: Array<{ id: string, name: string, parent?: { name: string } | null }> }, team?: { id: string, name: string } | null, updatedBy?: { id: string, displayName: string } | null }> } };

export type SaveRoutingRuleMutationVariables = Exact<{
  input: SaveRoutingRuleInput;
}>;


export type SaveRoutingRuleMutation = { saveRoutingRule: { id: string, position: number, name: string, active: boolean, assignMode: AssignMode, version: number, updatedAt: string, conditions: { channels: Array<Channel>, priorities: Array<Priority>, productModel?: string | null, amountMinCents?: number | null, amountMaxCents?: number | null, minEarlierComplaints?: number | null, major?: boolean | null, categories: Array<{ id: string, name: string, parent?: { name: string } | null }> }, team?: { id: string, name: string } | null, updatedBy?: { id: string, displayName: string } | null } };

export type DeleteRoutingRuleMutationVariables = Exact<{
  input: DeleteRoutingRuleInput;
}>;


export type DeleteRoutingRuleMutation = { deleteRoutingRule: string };

export type ReorderRoutingRulesMutationVariables = Exact<{
  input: ReorderRoutingRulesInput;
}>;


export type ReorderRoutingRulesMutation = { reorderRoutingRules: Array<{ id: string, position: number, version: number }> };

export type RouteDryRunQueryVariables = Exact<{
  input: RouteDryRunInput;
}>;


export type RouteDryRunQuery = { routeDryRun: { summary: string, rule?: { id: string, name: string, position: number } | null, team?: { id: string, name: string } | null, assignee?: { id: string, displayName: string } | null, insteadOf?: { id: string, displayName: string } | null, tried: Array<{ ruleId: string, ruleName: string, misses: Array<RoutingMiss> }> } };

export type SlaPolicyFieldsFragment = { id: string, categoryId?: string | null, priority?: Priority | null, version: number, updatedAt: string, firstResponse: { value: number, unit: TargetUnit }, resolution: { value: number, unit: TargetUnit }, escalation: { value: number, unit: TargetUnit }, investigation: { value: number, unit: TargetUnit }, callback: { value: number, unit: TargetUnit } };

export type AdminSlaPoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminSlaPoliciesQuery = { slaPolicies: Array<{ id: string, categoryId?: string | null, priority?: Priority | null, version: number, updatedAt: string, firstResponse: { value: number, unit: TargetUnit }, resolution: { value: number, unit: TargetUnit }, escalation: { value: number, unit: TargetUnit }, investigation: { value: number, unit: TargetUnit }, callback: { value: number, unit: TargetUnit } }> };

export type SaveSlaPolicyMutationVariables = Exact<{
  input: SaveSlaPolicyInput;
}>;


export type SaveSlaPolicyMutation = { saveSlaPolicy: { id: string, categoryId?: string | null, priority?: Priority | null, version: number, updatedAt: string, firstResponse: { value: number, unit: TargetUnit }, resolution: { value: number, unit: TargetUnit }, escalation: { value: number, unit: TargetUnit }, investigation: { value: number, unit: TargetUnit }, callback: { value: number, unit: TargetUnit } } };

export type AlertsQueryVariables = Exact<{
  state?: InputMaybe<Array<AlertState> | AlertState>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AlertsQuery = { alerts: { pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, level: AlertLevel, kind: AlertRuleKind, state: AlertState, scope: string, step?: string | null, value: number, threshold: number, raisedAt: string, lastEvaluatedAt: string, acknowledgedAt?: string | null, ackNote?: string | null, clearedAt?: string | null, acknowledgedBy?: { id: string, displayName: string } | null, category?: { id: string, name: string, parent?: { id: string, name: string } | null } | null, announcement?: { id: string, title: string } | null }> } };

export type AlertRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertRulesQuery = { alertRules: Array<{ id: string, kind: AlertRuleKind, level: AlertLevel, threshold: number, windowMinutes: number, minSamples: number, enabled: boolean, version: number }> };

export type AcknowledgeAlertMutationVariables = Exact<{
  input: AcknowledgeAlertInput;
}>;


export type AcknowledgeAlertMutation = { acknowledgeAlert: { id: string, state: AlertState } };

export type UpdateAlertRuleMutationVariables = Exact<{
  input: UpdateAlertRuleInput;
}>;


export type UpdateAlertRuleMutation = { updateAlertRule: { id: string, version: number } };

export type OpenAnnouncementForAlertMutationVariables = Exact<{
  input: OpenAnnouncementForAlertInput;
}>;


export type OpenAnnouncementForAlertMutation = { openAnnouncementForAlert: { id: string, announcement?: { id: string, title: string } | null } };

export type AnnouncementsQueryVariables = Exact<{
  activeOnly: Scalars['Boolean']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AnnouncementsQuery = { announcements: { pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, title: string, explanation: string, activeFrom: string, activeUntil?: string | null, createdAt: string, version: number, ended: boolean, createdBy?: { id: string, displayName: string } | null, category?: { id: string, name: string, parent?: { id: string, name: string } | null } | null }> } };

export type CreateAnnouncementMutationVariables = Exact<{
  input: CreateAnnouncementInput;
}>;


export type CreateAnnouncementMutation = { createAnnouncement: { id: string, title: string } };

export type UpdateAnnouncementMutationVariables = Exact<{
  input: UpdateAnnouncementInput;
}>;


export type UpdateAnnouncementMutation = { updateAnnouncement: { id: string, title: string, version: number } };

export type EndAnnouncementMutationVariables = Exact<{
  input: EndAnnouncementInput;
}>;


export type EndAnnouncementMutation = { endAnnouncement: { id: string, title: string, version: number, ended: boolean } };

export type ApprovalFieldsFragment = { id: string, complaintId: string, complaintNumber: string, status: ApprovalStatus, amountCents: number, wronglyChargedCents?: number | null, approvedCents?: number | null, resolution: string, requestedAt: string, decidedAt?: string | null, decisionReason?: string | null, requestedBy?: { id: string, displayName: string } | null, decidedBy?: { id: string, displayName: string } | null };

export type ApprovalsQueryVariables = Exact<{
  status?: InputMaybe<ApprovalStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ApprovalsQuery = { approvals: { pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, complaintId: string, complaintNumber: string, status: ApprovalStatus, amountCents: number, wronglyChargedCents?: number | null, approvedCents?: number | null, resolution: string, requestedAt: string, decidedAt?: string | null, decisionReason?: string | null, requestedBy?: { id: string, displayName: string } | null, decidedBy?: { id: string, displayName: string } | null }> } };

export type DecideApprovalMutationVariables = Exact<{
  input: DecideApprovalInput;
}>;


export type DecideApprovalMutation = { decideApproval: { id: string, complaintId: string, complaintNumber: string, status: ApprovalStatus, amountCents: number, wronglyChargedCents?: number | null, approvedCents?: number | null, resolution: string, requestedAt: string, decidedAt?: string | null, decisionReason?: string | null, requestedBy?: { id: string, displayName: string } | null, decidedBy?: { id: string, displayName: string } | null } };

export type MyAuthorityQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAuthorityQuery = { myAuthority: { limitCents: number } };

export type AuditVerificationFieldsFragment = { at: string, verdict: string, fromSeq: number, headSeq: number, checked: number, anchoredSeq: number, checkpoints: number, firstBadSeq?: number | null, problemCode?: string | null, problem?: string | null, byName: string };

export type AuditChainStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditChainStatusQuery = { auditChainStatus: { headSeq: number, headAt?: string | null, unanchored: number, keyId: string, lastCheckpoint?: { seq: number, at: string, keyId: string, reason: string } | null, lastVerification?: { at: string, verdict: string, fromSeq: number, headSeq: number, checked: number, anchoredSeq: number, checkpoints: number, firstBadSeq?: number | null, problemCode?: string | null, problem?: string | null, byName: string } | null } };

export type VerifyAuditChainMutationVariables = Exact<{ [key: string]: never; }>;


export type VerifyAuditChainMutation = { verifyAuditChain: { at: string, verdict: string, fromSeq: number, headSeq: number, checked: number, anchoredSeq: number, checkpoints: number, firstBadSeq?: number | null, problemCode?: string | null, problem?: string | null, byName: string } };

export type AuditLogsQueryVariables = Exact<{
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditLogsQuery = { auditLogs: { pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, at: string, actorId?: string | null, actorName?: string | null, actorKind: string, action: string, outcome: string, targetType?: string | null, targetId?: string | null, customerId?: string | null, fields: Array<string>, ip?: string | null, requestId?: string | null, detail: unknown }> } };

export type ExportAuditLogsMutationVariables = Exact<{
  input: ExportAuditLogsInput;
}>;


export type ExportAuditLogsMutation = { exportAuditLogs: { filename: string, contentType: string, rowCount: number, csv: string, auditId: string } };

export type ComplianceAlertsQueryVariables = Exact<{
  state?: InputMaybe<Array<AlertState> | AlertState>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ComplianceAlertsQuery = { complianceAlerts: { pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, rule: ComplianceRuleKind, actorName: string, state: AlertState, value: number, threshold: number, windowMinutes: number, raisedAt: string, lastEvaluatedAt: string, acknowledgedAt?: string | null, ackNote?: string | null, clearedAt?: string | null, actor?: { id: string, username: string, displayName: string } | null, acknowledgedBy?: { id: string, displayName: string } | null }> } };

export type ComplianceRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type ComplianceRulesQuery = { complianceRules: Array<{ rule: ComplianceRuleKind, enabled: boolean, threshold: number, windowMinutes: number, version: number, updatedAt?: string | null }> };

export type AcknowledgeComplianceAlertMutationVariables = Exact<{
  input: AcknowledgeComplianceAlertInput;
}>;


export type AcknowledgeComplianceAlertMutation = { acknowledgeComplianceAlert: { id: string, state: AlertState, acknowledgedAt?: string | null, ackNote?: string | null } };

export type UpdateComplianceRuleMutationVariables = Exact<{
  input: UpdateComplianceRuleInput;
}>;


export type UpdateComplianceRuleMutation = { updateComplianceRule: { rule: ComplianceRuleKind, enabled: boolean, threshold: number, windowMinutes: number, version: number, updatedAt?: string | null } };

export type CustomerErasuresQueryVariables = Exact<{
  status?: InputMaybe<ErasureStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CustomerErasuresQuery = { customerErasures: { pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, customerId: string, status: ErasureStatus, reason: string, requestedAt: string, decidedAt?: string | null, decisionReason?: string | null, complaintsScrubbed?: number | null, requestedBy?: { id: string, username: string, displayName: string } | null, decidedBy?: { id: string, username: string, displayName: string } | null }> } };

export type DecideCustomerErasureMutationVariables = Exact<{
  input: DecideCustomerErasureInput;
}>;


export type DecideCustomerErasureMutation = { decideCustomerErasure: { id: string, customerId: string, status: ErasureStatus, decidedAt?: string | null, decisionReason?: string | null, complaintsScrubbed?: number | null } };

export type RetentionRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type RetentionRulesQuery = { retentionRules: Array<{ recordClass: RecordClass, days: number, minDays: number, version: number, updatedAt?: string | null, updatedBy?: { id: string, displayName: string } | null }> };

export type UpdateRetentionRuleMutationVariables = Exact<{
  input: UpdateRetentionRuleInput;
}>;


export type UpdateRetentionRuleMutation = { updateRetentionRule: { recordClass: RecordClass, days: number, minDays: number, version: number, updatedAt?: string | null } };

export type CallbackQueueQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CallbackQueueQuery = { callbackQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { version: number, resolvedAt?: string | null, callbackAttempts: number, availableActions: Array<ComplaintAction>, id: string, number: string, title: string, status: ComplaintStatus, channel: Channel, priority: Priority, isMajor: boolean, repeatOfId?: string | null, reopenCount: number, createdAt: string, updatedAt: string, sla?: { currentStep?: SlaStep | null, stepDueAt?: string | null, state: SlaState, nextDueAt?: string | null } | null, category?: { id: string, name: string, parent?: { id: string, name: string } | null } | null, customer?: { id: string, nameMasked: string, phoneMasked: string } | null, assignee?: { id: string, displayName: string } | null, team?: { id: string, name: string } | null } }> } };

export type ComplaintDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ComplaintDetailQuery = { complaint: { publicStatus: string, description: string, occurredAt?: string | null, occurredPlace?: string | null, productModel?: string | null, productBatch?: string | null, orderNumber?: string | null, purchasedOn?: string | null, shippedOn?: string | null, arrivedOn?: string | null, amountDisputedCents?: number | null, refundRequestedCents?: number | null, refundGrantedCents?: number | null, responsibility?: Responsibility | null, findings?: string | null, resolution?: string | null, satisfaction?: number | null, callbackAttempts: number, version: number, escalatedAt?: string | null, firstRepliedAt?: string | null, resolvedAt?: string | null, closedAt?: string | null, availableActions: Array<ComplaintAction>, id: string, number: string, title: string, status: ComplaintStatus, channel: Channel, priority: Priority, isMajor: boolean, repeatOfId?: string | null, reopenCount: number, createdAt: string, updatedAt: string, category?: { id: string, name: string, defaultTeam?: { id: string, name: string } | null, parent?: { id: string, name: string } | null } | null, customer?: { idCardMasked?: string | null, emailMasked?: string | null, complaintCount: number, id: string, nameMasked: string, phoneMasked: string } | null, announcement?: { id: string, title: string, explanation: string, ended: boolean } | null, repeatOf?: { id: string, number: string, title: string } | null, acceptedBy?: { id: string, displayName: string } | null, acceptedTeam?: { id: string, name: string } | null, timeline: Array<{ id: string, kind: EventKind, visibility: Visibility, fromStatus?: ComplaintStatus | null, toStatus?: ComplaintStatus | null, body?: string | null, data: unknown, promisedReplyAt?: string | null, createdAt: string, actor?: { id: string, displayName: string } | null }>, customerTimeline: Array<{ at: string, kind: CustomerTimelineKind, publicStatus: PublicStatus, body?: string | null, promisedReplyAt?: string | null }>, attachments: Array<{ id: string, filename: string, contentType: string, sizeBytes: number, url: string, inlineUrl?: string | null, createdAt: string, uploadedBy?: { id: string, displayName: string } | null }>, usedKbVersion?: { id: string, number: number, title: string, scenario: string, solution: string, publishedAt?: string | null, category?: { id: string, name: string } | null } | null, approvals: Array<{ id: string, complaintId: string, complaintNumber: string, status: ApprovalStatus, amountCents: number, wronglyChargedCents?: number | null, approvedCents?: number | null, resolution: string, requestedAt: string, decidedAt?: string | null, decisionReason?: string | null, requestedBy?: { id: string, displayName: string } | null, decidedBy?: { id: string, displayName: string } | null }>, sla?: { state: SlaState, firstResponseDueAt?: string | null, resolutionDueAt?: string | null, currentStep?: SlaStep | null, stepDueAt?: string | null, remainingWorkingMinutes?: number | null, pausedSince?: string | null, nextDueAt?: string | null } | null, assignee?: { id: string, displayName: string } | null, team?: { id: string, name: string } | null } };

export type DetailSimilarQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DetailSimilarQuery = { similarComplaints: Array<{ score: number, semantic: boolean, complaint: { id: string, number: string, title: string, status: ComplaintStatus, createdAt: string } }> };

export type DispatchTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type DispatchTeamsQuery = { teams: Array<{ id: string, name: string, kind: string, parentId?: string | null }> };

export type DetailEscalateMutationVariables = Exact<{
  input: EscalateComplaintInput;
}>;


export type DetailEscalateMutation = { escalateComplaint: { id: string, status: ComplaintStatus, version: number } };

export type DetailDispatchMutationVariables = Exact<{
  input: DispatchComplaintInput;
}>;


export type DetailDispatchMutation = { dispatchComplaint: { id: string, status: ComplaintStatus, version: number } };

export type DetailInvestigateMutationVariables = Exact<{
  input: RecordInvestigationInput;
}>;


export type DetailInvestigateMutation = { recordInvestigation: { id: string, status: ComplaintStatus, version: number } };

export type DetailProposeMutationVariables = Exact<{
  input: ProposeResolutionInput;
}>;


export type DetailProposeMutation = { proposeResolution: { id: string, status: ComplaintStatus, version: number } };

export type DetailResolveMutationVariables = Exact<{
  input: ResolveComplaintInput;
}>;


export type DetailResolveMutation = { resolveComplaint: { id: string, status: ComplaintStatus, version: number } };

export type DetailCallbackMutationVariables = Exact<{
  input: RecordCallbackInput;
}>;


export type DetailCallbackMutation = { recordCallback: { id: string, status: ComplaintStatus, version: number } };

export type DetailCallbackAttemptMutationVariables = Exact<{
  input: RecordCallbackAttemptInput;
}>;


export type DetailCallbackAttemptMutation = { recordCallbackAttempt: { id: string, status: ComplaintStatus, version: number } };

export type DetailReturnMutationVariables = Exact<{
  input: ReturnComplaintInput;
}>;


export type DetailReturnMutation = { returnComplaint: { id: string, status: ComplaintStatus, version: number } };

export type DetailReopenMutationVariables = Exact<{
  input: ReopenComplaintInput;
}>;


export type DetailReopenMutation = { reopenComplaint: { id: string, status: ComplaintStatus, version: number } };

export type DetailCloseMutationVariables = Exact<{
  input: CloseComplaintInput;
}>;


export type DetailCloseMutation = { closeComplaint: { id: string, status: ComplaintStatus, version: number } };

export type DetailAddNoteMutationVariables = Exact<{
  input: AddComplaintNoteInput;
}>;


export type DetailAddNoteMutation = { addComplaintNote: { id: string } };

export type DetailMarkRepeatMutationVariables = Exact<{
  input: MarkRepeatInput;
}>;


export type DetailMarkRepeatMutation = { markRepeat: { id: string, repeatOfId?: string | null, version: number } };

export type DetailRevealContactMutationVariables = Exact<{
  input: RevealCustomerContactInput;
}>;


export type DetailRevealContactMutation = { revealCustomerContact: { customerId: string, name: string, phone: string, idCard?: string | null, email?: string | null, auditId: string } };

export type DetailEraseCustomerMutationVariables = Exact<{
  input: EraseCustomerInput;
}>;


export type DetailEraseCustomerMutation = { eraseCustomer: { id: string, customerId: string, status: ErasureStatus, requestedAt: string } };

export type DetailUploadAttachmentMutationVariables = Exact<{
  input: UploadAttachmentInput;
}>;


export type DetailUploadAttachmentMutation = { uploadAttachment: { id: string, filename: string, contentType: string, sizeBytes: number, url: string } };

export type DetailUpdateComplaintMutationVariables = Exact<{
  input: UpdateComplaintInput;
}>;


export type DetailUpdateComplaintMutation = { updateComplaint: { id: string, version: number } };

export type DetailAssignComplaintMutationVariables = Exact<{
  input: AssignComplaintInput;
}>;


export type DetailAssignComplaintMutation = { assignComplaint: { id: string, version: number, assignee?: { id: string, displayName: string } | null } };

export type DetailPauseClockMutationVariables = Exact<{
  input: ClockChangeInput;
}>;


export type DetailPauseClockMutation = { pauseClock: { id: string, version: number, sla?: { state: SlaState } | null } };

export type DetailResumeClockMutationVariables = Exact<{
  input: ClockChangeInput;
}>;


export type DetailResumeClockMutation = { resumeClock: { id: string, version: number, sla?: { state: SlaState } | null } };

export type ComplaintQueueQueryVariables = Exact<{
  filter?: InputMaybe<ComplaintFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<ComplaintOrder>;
  withAnnouncement?: Scalars['Boolean']['input'];
}>;


export type ComplaintQueueQuery = { complaints: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, number: string, title: string, status: ComplaintStatus, channel: Channel, priority: Priority, isMajor: boolean, repeatOfId?: string | null, reopenCount: number, createdAt: string, updatedAt: string, announcement?: { id: string, title: string } | null, category?: { id: string, name: string, parent?: { id: string, name: string } | null } | null, customer?: { id: string, nameMasked: string, phoneMasked: string } | null, assignee?: { id: string, displayName: string } | null, team?: { id: string, name: string } | null, sla?: { state: SlaState, nextDueAt?: string | null } | null } }> } };

export type ComplaintStatsQueryVariables = Exact<{
  filter?: InputMaybe<ComplaintStatsFilter>;
}>;


export type ComplaintStatsQuery = { complaintStats: { from: string, to: string, total: number, open: number, resolved: number, closed: number, repeats: number, major: number, reopened: number, satisfactionCount: number, satisfactionAverage?: number | null, satisfiedRate?: number | null, byDay: Array<{ day: string, count: number }>, byCategory: Array<{ count: number, category?: { id: string, name: string, parent?: { id: string, name: string } | null } | null }>, byChannel: Array<{ channel: Channel, count: number }>, byStatus: Array<{ status: ComplaintStatus, count: number }>, bySatisfaction: Array<{ score: number, count: number }> } };

export type DashboardChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardChangedSubscription = { dashboardChanged: { at: string } };

export type KpiRowFieldsFragment = { key: string, label: string, volume: number, responseTimelinessRate?: number | null, stepTimeoutRate?: number | null, firstContactResolutionRate?: number | null, timelyCompletionRate?: number | null, satisfactionAverage?: number | null, callbackRate?: number | null, repeatRate?: number | null, reopenRate?: number | null, averageHandlingHours?: number | null, majorCount: number, perTenThousandCustomers?: number | null, satisfactionDistribution: Array<{ score: number, count: number }>, checks: Array<{ metric: string, verdict: KpiVerdict }> };

export type KpisQueryVariables = Exact<{
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  groupBy: Array<KpiGroupBy> | KpiGroupBy;
}>;


export type KpisQuery = { kpis: { from: string, to: string, total: { key: string, label: string, volume: number, responseTimelinessRate?: number | null, stepTimeoutRate?: number | null, firstContactResolutionRate?: number | null, timelyCompletionRate?: number | null, satisfactionAverage?: number | null, callbackRate?: number | null, repeatRate?: number | null, reopenRate?: number | null, averageHandlingHours?: number | null, majorCount: number, perTenThousandCustomers?: number | null, satisfactionDistribution: Array<{ score: number, count: number }>, checks: Array<{ metric: string, verdict: KpiVerdict }> }, groups: Array<{ by: KpiGroupBy, rows: Array<{ key: string, label: string, volume: number, responseTimelinessRate?: number | null, stepTimeoutRate?: number | null, firstContactResolutionRate?: number | null, timelyCompletionRate?: number | null, satisfactionAverage?: number | null, callbackRate?: number | null, repeatRate?: number | null, reopenRate?: number | null, averageHandlingHours?: number | null, majorCount: number, perTenThousandCustomers?: number | null, satisfactionDistribution: Array<{ score: number, count: number }>, checks: Array<{ metric: string, verdict: KpiVerdict }> }> }> } };

export type IntakeCustomerByPhoneQueryVariables = Exact<{
  phone: Scalars['String']['input'];
  historyFirst: Scalars['Int']['input'];
}>;


export type IntakeCustomerByPhoneQuery = { customerByPhone?: { id: string, nameMasked: string, phoneMasked: string, complaintCount: number, complaints: { nodes: Array<{ id: string, number: string, title: string, status: ComplaintStatus, createdAt: string }> } } | null };

export type IntakeKbSearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  boost?: InputMaybe<Scalars['ID']['input']>;
}>;


export type IntakeKbSearchQuery = { kbSearch: { searchId?: string | null, total: number, totalIsExact: boolean, hits: Array<{ score: number, snippet: string, highlights: Array<{ start: number, end: number }>, article: { id: string }, version: { id: string, number: number, title: string, category?: { id: string, name: string } | null } }> } };

export type IntakeSimilarQueryVariables = Exact<{
  text: Scalars['String']['input'];
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type IntakeSimilarQuery = { similarComplaints: Array<{ score: number, semantic: boolean, complaint: { id: string, number: string, title: string, status: ComplaintStatus, createdAt: string } }> };

export type IntakeSuggestionsQueryVariables = Exact<{
  text: Scalars['String']['input'];
}>;


export type IntakeSuggestionsQuery = { intakeSuggestions: { draftReply?: string | null, categories: Array<{ share: number, category?: { id: string, name: string } | null }>, priority?: { priority: Priority, share: number } | null, team?: { share: number, team?: { id: string, name: string } | null } | null, resolved: Array<{ status: ComplaintStatus, resolution?: string | null, kbArticleId?: string | null, kbArticleTitle?: string | null, resolvedAt?: string | null, category?: { id: string, name: string } | null }> } };

export type IntakeAnnouncementsQueryVariables = Exact<{ [key: string]: never; }>;


export type IntakeAnnouncementsQuery = { announcements: { nodes: Array<{ id: string, title: string, explanation: string, category?: { id: string, parentId?: string | null } | null }> } };

export type IntakeCreateComplaintMutationVariables = Exact<{
  input: CreateComplaintInput;
}>;


export type IntakeCreateComplaintMutation = { createComplaint: { customerMessage: string, complaint: { id: string, number: string, version: number }, possibleRepeats: Array<{ id: string, number: string, status: ComplaintStatus, title: string, createdAt: string }> } };

export type KbSearchSummaryQueryVariables = Exact<{
  from?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type KbSearchSummaryQuery = { kbSearchSummary: { searches: number, distinctQueries: number, zeroResult: number, opened: number, used: number, zeroResultRate: number, openRate: number, useRate: number, semanticSearch: boolean } };

export type KbQueryStatsQueryVariables = Exact<{
  kind: KbQueryStatKind;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type KbQueryStatsQuery = { kbQueryStats: { pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ query: string, searches: number, averageResults: number, opened: number, used: number, lastSearchedAt: string }> } };

export type KbArticlesNeverFoundQueryVariables = Exact<{
  from?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type KbArticlesNeverFoundQuery = { kbArticlesNeverFound: { pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, publishedAt?: string | null, published?: { id: string, title: string, category?: { id: string, name: string } | null } | null }> } };

export type RecordKbSearchOpenMutationVariables = Exact<{
  input: RecordKbSearchOpenInput;
}>;


export type RecordKbSearchOpenMutation = { recordKbSearchOpen: boolean };

export type KbSuggestQueryVariables = Exact<{
  prefix: Scalars['String']['input'];
}>;


export type KbSuggestQuery = { kbSuggest: Array<{ articleId: string, title: string }> };

export type KbSearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  filter?: InputMaybe<KbSearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  withFacets?: Scalars['Boolean']['input'];
}>;


export type KbSearchQuery = { kbSearch: { searchId?: string | null, total: number, endCursor?: string | null, hasNextPage: boolean, facets?: Array<{ count: number, category?: { id: string, name: string } | null }>, hits: Array<{ score: number, snippet: string, highlights: Array<{ start: number, end: number }>, article: { id: string, status: string, updatedAt: string }, version: { id: string, number: number, title: string, tags: Array<string>, category?: { id: string, name: string, parent?: { id: string, name: string } | null } | null } }> } };

export type KbArticlesQueryVariables = Exact<{
  filter?: InputMaybe<KbArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type KbArticlesQuery = { kbArticles: { pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, status: string, updatedAt: string, publishedAt?: string | null, author?: { id: string, displayName: string } | null, latest: { id: string, number: number, title: string, scenario: string, tags: Array<string>, category?: { id: string, name: string, parent?: { id: string, name: string } | null } | null }, published?: { id: string, number: number, title: string, scenario: string, tags: Array<string>, category?: { id: string, name: string, parent?: { id: string, name: string } | null } | null } | null }> } };

export type KbVersionFieldsFragment = { id: string, number: number, title: string, scenario: string, solution: string, caveats: string, tags: Array<string>, relatedIds: Array<string>, createdAt: string, publishedAt?: string | null, category?: { id: string, name: string, parent?: { id: string, name: string } | null } | null, editor?: { id: string, displayName: string } | null, reviewer?: { id: string, displayName: string } | null };

export type KbArticleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KbArticleQuery = { kbArticle: { id: string, status: string, version: number, createdAt: string, updatedAt: string, publishedAt?: string | null, author?: { id: string, displayName: string } | null, reviewer?: { id: string, displayName: string } | null, published?: { id: string, number: number, title: string, scenario: string, solution: string, caveats: string, tags: Array<string>, relatedIds: Array<string>, createdAt: string, publishedAt?: string | null, category?: { id: string, name: string, parent?: { id: string, name: string } | null } | null, editor?: { id: string, displayName: string } | null, reviewer?: { id: string, displayName: string } | null } | null, latest: { id: string, number: number, title: string, scenario: string, solution: string, caveats: string, tags: Array<string>, relatedIds: Array<string>, createdAt: string, publishedAt?: string | null, category?: { id: string, name: string, parent?: { id: string, name: string } | null } | null, editor?: { id: string, displayName: string } | null, reviewer?: { id: string, displayName: string } | null }, versions: Array<{ id: string, number: number, title: string, scenario: string, solution: string, caveats: string, tags: Array<string>, relatedIds: Array<string>, createdAt: string, publishedAt?: string | null, category?: { id: string, name: string, parent?: { id: string, name: string } | null } | null, editor?: { id: string, displayName: string } | null, reviewer?: { id: string, displayName: string } | null }> } };

export type KbArticleTitleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KbArticleTitleQuery = { kbArticle: { id: string, status: string, published?: { id: string, title: string } | null, latest: { id: string, title: string } } };

export type CreateKbArticleMutationVariables = Exact<{
  input: CreateKbArticleInput;
}>;


export type CreateKbArticleMutation = { createKbArticle: { id: string, status: string, version: number } };

export type UpdateKbArticleMutationVariables = Exact<{
  input: UpdateKbArticleInput;
}>;


export type UpdateKbArticleMutation = { updateKbArticle: { id: string, status: string, version: number } };

export type SubmitKbArticleMutationVariables = Exact<{
  input: KbArticleStepInput;
}>;


export type SubmitKbArticleMutation = { submitKbArticle: { id: string, status: string, version: number } };

export type PublishKbArticleMutationVariables = Exact<{
  input: KbArticleStepInput;
}>;


export type PublishKbArticleMutation = { publishKbArticle: { id: string, status: string, version: number } };

export type ArchiveKbArticleMutationVariables = Exact<{
  input: KbArticleStepInput;
}>;


export type ArchiveKbArticleMutation = { archiveKbArticle: { id: string, status: string, version: number } };

export type KbSynonymFieldsFragment = { id: string, kind: KbSynonymKind, terms: Array<string>, source: KbSynonymSource, note?: string | null, version: number, updatedAt: string, updatedBy?: { id: string, displayName: string } | null };

export type KbSynonymsQueryVariables = Exact<{
  filter?: InputMaybe<KbSynonymFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type KbSynonymsQuery = { kbSynonyms: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, kind: KbSynonymKind, terms: Array<string>, source: KbSynonymSource, note?: string | null, version: number, updatedAt: string, updatedBy?: { id: string, displayName: string } | null }> } };

export type KbSynonymPreviewQueryVariables = Exact<{
  query: Scalars['String']['input'];
}>;


export type KbSynonymPreviewQuery = { kbSynonymPreview: { normalized: string, expansions: Array<string> } };

export type SaveKbSynonymMutationVariables = Exact<{
  input: SaveKbSynonymInput;
}>;


export type SaveKbSynonymMutation = { saveKbSynonym: { id: string, kind: KbSynonymKind, terms: Array<string>, source: KbSynonymSource, note?: string | null, version: number, updatedAt: string, updatedBy?: { id: string, displayName: string } | null } };

export type DeleteKbSynonymMutationVariables = Exact<{
  input: DeleteKbSynonymInput;
}>;


export type DeleteKbSynonymMutation = { deleteKbSynonym: string };

export type MajorComplaintsQueryVariables = Exact<{
  filter?: InputMaybe<ComplaintFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MajorComplaintsQuery = { complaints: { totalCount: number, nodes: Array<{ id: string, number: string, title: string, status: ComplaintStatus, createdAt: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ComplaintSummaryFragmentDoc = new TypedDocumentString(`
    fragment ComplaintSummary on Complaint {
  id
  number
  title
  status
  createdAt
}
    `, {"fragmentName":"ComplaintSummary"}) as unknown as TypedDocumentString<ComplaintSummaryFragment, unknown>;
export const ComplaintListFieldsFragmentDoc = new TypedDocumentString(`
    fragment ComplaintListFields on Complaint {
  id
  number
  title
  status
  channel
  priority
  isMajor
  repeatOfId
  reopenCount
  category {
    id
    name
    parent {
      id
      name
    }
  }
  customer {
    id
    nameMasked
    phoneMasked
  }
  assignee {
    id
    displayName
  }
  team {
    id
    name
  }
  createdAt
  updatedAt
  sla {
    state
    nextDueAt
  }
}
    `, {"fragmentName":"ComplaintListFields"}) as unknown as TypedDocumentString<ComplaintListFieldsFragment, unknown>;
export const MajorCriteriaFieldsFragmentDoc = new TypedDocumentString(`
    fragment MajorCriteriaFields on MajorCriteria {
  amountOverCents
  channels
  repeatSameIssue
  announcementCountOver
  version
  updatedAt
  updatedBy {
    id
    displayName
  }
}
    `, {"fragmentName":"MajorCriteriaFields"}) as unknown as TypedDocumentString<MajorCriteriaFieldsFragment, unknown>;
export const RoutingRuleFieldsFragmentDoc = new TypedDocumentString(`
    fragment RoutingRuleFields on RoutingRule {
  id
  position
  name
  active
  conditions {
    categories {
      id
      name
      parent {
        name
      }
    }
    channels
    priorities
    productModel
    amountMinCents
    amountMaxCents
    minEarlierComplaints
    major
  }
  team {
    id
    name
  }
  assignMode
  version
  updatedAt
  updatedBy {
    id
    displayName
  }
}
    `, {"fragmentName":"RoutingRuleFields"}) as unknown as TypedDocumentString<RoutingRuleFieldsFragment, unknown>;
export const SlaPolicyFieldsFragmentDoc = new TypedDocumentString(`
    fragment SlaPolicyFields on SlaPolicy {
  id
  categoryId
  priority
  firstResponse {
    value
    unit
  }
  resolution {
    value
    unit
  }
  escalation {
    value
    unit
  }
  investigation {
    value
    unit
  }
  callback {
    value
    unit
  }
  version
  updatedAt
}
    `, {"fragmentName":"SlaPolicyFields"}) as unknown as TypedDocumentString<SlaPolicyFieldsFragment, unknown>;
export const ApprovalFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApprovalFields on Approval {
  id
  complaintId
  complaintNumber
  status
  amountCents
  wronglyChargedCents
  approvedCents
  resolution
  requestedBy {
    id
    displayName
  }
  requestedAt
  decidedBy {
    id
    displayName
  }
  decidedAt
  decisionReason
}
    `, {"fragmentName":"ApprovalFields"}) as unknown as TypedDocumentString<ApprovalFieldsFragment, unknown>;
export const AuditVerificationFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuditVerificationFields on AuditVerification {
  at
  verdict
  fromSeq
  headSeq
  checked
  anchoredSeq
  checkpoints
  firstBadSeq
  problemCode
  problem
  byName
}
    `, {"fragmentName":"AuditVerificationFields"}) as unknown as TypedDocumentString<AuditVerificationFieldsFragment, unknown>;
export const KpiRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment KpiRowFields on KpiRow {
  key
  label
  volume
  responseTimelinessRate
  stepTimeoutRate
  firstContactResolutionRate
  timelyCompletionRate
  satisfactionAverage
  satisfactionDistribution {
    score
    count
  }
  callbackRate
  repeatRate
  reopenRate
  averageHandlingHours
  majorCount
  perTenThousandCustomers
  checks {
    metric
    verdict
  }
}
    `, {"fragmentName":"KpiRowFields"}) as unknown as TypedDocumentString<KpiRowFieldsFragment, unknown>;
export const KbVersionFieldsFragmentDoc = new TypedDocumentString(`
    fragment KbVersionFields on KbVersion {
  id
  number
  title
  scenario
  solution
  caveats
  tags
  relatedIds
  createdAt
  publishedAt
  category {
    id
    name
    parent {
      id
      name
    }
  }
  editor {
    id
    displayName
  }
  reviewer {
    id
    displayName
  }
}
    `, {"fragmentName":"KbVersionFields"}) as unknown as TypedDocumentString<KbVersionFieldsFragment, unknown>;
export const KbSynonymFieldsFragmentDoc = new TypedDocumentString(`
    fragment KbSynonymFields on KbSynonym {
  id
  kind
  terms
  source
  note
  version
  updatedAt
  updatedBy {
    id
    displayName
  }
}
    `, {"fragmentName":"KbSynonymFields"}) as unknown as TypedDocumentString<KbSynonymFieldsFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    user {
      id
      username
      displayName
      roles
      team {
        id
        name
      }
    }
    permissions
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    expiresAt
    user {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const PromiseDateDocument = new TypedDocumentString(`
    query PromiseDate($from: DateTime!, $days: Int!, $teamId: ID) {
  workingDeadlineDetails(from: $from, workingDays: $days, teamId: $teamId) {
    at
    calendarName
    missingHolidayYears
  }
}
    `) as unknown as TypedDocumentString<PromiseDateQuery, PromiseDateQueryVariables>;
export const AssignableUsersDocument = new TypedDocumentString(`
    query AssignableUsers($teamId: ID!) {
  assignableUsers(teamId: $teamId) {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<AssignableUsersQuery, AssignableUsersQueryVariables>;
export const CategoriesDocument = new TypedDocumentString(`
    query Categories {
  categories {
    id
    code
    name
    parentId
  }
}
    `) as unknown as TypedDocumentString<CategoriesQuery, CategoriesQueryVariables>;
export const RoleNamesDocument = new TypedDocumentString(`
    query RoleNames {
  roles {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<RoleNamesQuery, RoleNamesQueryVariables>;
export const ChangeOwnPasswordDocument = new TypedDocumentString(`
    mutation ChangeOwnPassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `) as unknown as TypedDocumentString<ChangeOwnPasswordMutation, ChangeOwnPasswordMutationVariables>;
export const NotificationFeedDocument = new TypedDocumentString(`
    subscription NotificationFeed {
  notifications {
    unreadCount
    notification {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationFeedSubscription, NotificationFeedSubscriptionVariables>;
export const NotificationListDocument = new TypedDocumentString(`
    query NotificationList($first: Int) {
  notifications(first: $first) {
    edges {
      node {
        id
        kind
        title
        body
        complaintId
        createdAt
        readAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationListQuery, NotificationListQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input) {
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const AdminCalendarsDocument = new TypedDocumentString(`
    query AdminCalendars {
  calendars {
    id
    name
    isDefault
    officialHolidays
    version
    zone
    teamIds
    holidayYears
    weekend
    shifts {
      start
      end
    }
  }
  holidayYears {
    year
    source
    holidays {
      name
      start
      end
      makeupWorkdays
    }
  }
  teams {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AdminCalendarsQuery, AdminCalendarsQueryVariables>;
export const CreateCalendarDocument = new TypedDocumentString(`
    mutation CreateCalendar($input: CreateCalendarInput!) {
  createCalendar(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateCalendarMutation, CreateCalendarMutationVariables>;
export const UpdateCalendarDocument = new TypedDocumentString(`
    mutation UpdateCalendar($input: UpdateCalendarInput!) {
  updateCalendar(input: $input) {
    id
    name
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateCalendarMutation, UpdateCalendarMutationVariables>;
export const SetTeamCalendarDocument = new TypedDocumentString(`
    mutation SetTeamCalendar($input: SetTeamCalendarInput!) {
  setTeamCalendar(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<SetTeamCalendarMutation, SetTeamCalendarMutationVariables>;
export const ImportHolidayYearDocument = new TypedDocumentString(`
    mutation ImportHolidayYear($input: ImportHolidayYearInput!) {
  importHolidayYear(input: $input) {
    replaced
    year {
      year
    }
  }
}
    `) as unknown as TypedDocumentString<ImportHolidayYearMutation, ImportHolidayYearMutationVariables>;
export const AdminMajorCriteriaDocument = new TypedDocumentString(`
    query AdminMajorCriteria {
  majorCriteria {
    ...MajorCriteriaFields
  }
}
    fragment MajorCriteriaFields on MajorCriteria {
  amountOverCents
  channels
  repeatSameIssue
  announcementCountOver
  version
  updatedAt
  updatedBy {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<AdminMajorCriteriaQuery, AdminMajorCriteriaQueryVariables>;
export const UpdateMajorCriteriaDocument = new TypedDocumentString(`
    mutation UpdateMajorCriteria($input: UpdateMajorCriteriaInput!) {
  updateMajorCriteria(input: $input) {
    ...MajorCriteriaFields
  }
}
    fragment MajorCriteriaFields on MajorCriteria {
  amountOverCents
  channels
  repeatSameIssue
  announcementCountOver
  version
  updatedAt
  updatedBy {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<UpdateMajorCriteriaMutation, UpdateMajorCriteriaMutationVariables>;
export const AdminUsersDocument = new TypedDocumentString(`
    query AdminUsers($first: Int, $after: String) {
  users(first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      username
      displayName
      active
      roles
      createdAt
      team {
        id
        name
      }
      absent
      backup {
        id
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminRolesDocument = new TypedDocumentString(`
    query AdminRoles {
  roles {
    id
    code
    name
    builtin
    authorityLimitCents
    permissions
  }
  permissions {
    code
    label
  }
}
    `) as unknown as TypedDocumentString<AdminRolesQuery, AdminRolesQueryVariables>;
export const AdminTeamsDocument = new TypedDocumentString(`
    query AdminTeams {
  teams {
    id
    name
    kind
    parentId
  }
}
    `) as unknown as TypedDocumentString<AdminTeamsQuery, AdminTeamsQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
    username
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($input: UpdateUserInput!) {
  updateUser(input: $input) {
    id
    username
    displayName
    active
    roles
    team {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const SetUserRosterDocument = new TypedDocumentString(`
    mutation SetUserRoster($input: SetUserRosterInput!) {
  setUserRoster(input: $input) {
    user {
      id
      absent
      backup {
        id
        displayName
      }
    }
    handedOver
    handedTo {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<SetUserRosterMutation, SetUserRosterMutationVariables>;
export const ResetUserPasswordDocument = new TypedDocumentString(`
    mutation ResetUserPassword($input: ResetPasswordInput!) {
  resetUserPassword(input: $input)
}
    `) as unknown as TypedDocumentString<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const CreateRoleDocument = new TypedDocumentString(`
    mutation CreateRole($input: CreateRoleInput!) {
  createRole(input: $input) {
    id
    code
  }
}
    `) as unknown as TypedDocumentString<CreateRoleMutation, CreateRoleMutationVariables>;
export const UpdateRoleDocument = new TypedDocumentString(`
    mutation UpdateRole($input: UpdateRoleInput!) {
  updateRole(input: $input) {
    id
    code
    name
    permissions
  }
}
    `) as unknown as TypedDocumentString<UpdateRoleMutation, UpdateRoleMutationVariables>;
export const SetRoleAuthorityLimitDocument = new TypedDocumentString(`
    mutation SetRoleAuthorityLimit($input: SetRoleAuthorityLimitInput!) {
  setRoleAuthorityLimit(input: $input) {
    id
    code
    authorityLimitCents
  }
}
    `) as unknown as TypedDocumentString<SetRoleAuthorityLimitMutation, SetRoleAuthorityLimitMutationVariables>;
export const CreateTeamDocument = new TypedDocumentString(`
    mutation CreateTeam($input: CreateTeamInput!) {
  createTeam(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateTeamMutation, CreateTeamMutationVariables>;
export const UpdateTeamDocument = new TypedDocumentString(`
    mutation UpdateTeam($input: UpdateTeamInput!) {
  updateTeam(input: $input) {
    id
    name
    kind
    parentId
  }
}
    `) as unknown as TypedDocumentString<UpdateTeamMutation, UpdateTeamMutationVariables>;
export const AdminCategoriesDocument = new TypedDocumentString(`
    query AdminCategories {
  categories(includeInactive: true) {
    id
    code
    name
    parentId
    active
    defaultTeam {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCategoriesQuery, AdminCategoriesQueryVariables>;
export const CreateCategoryDocument = new TypedDocumentString(`
    mutation CreateCategory($input: CreateCategoryInput!) {
  createCategory(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateCategoryMutation, CreateCategoryMutationVariables>;
export const UpdateCategoryDocument = new TypedDocumentString(`
    mutation UpdateCategory($input: UpdateCategoryInput!) {
  updateCategory(input: $input) {
    id
    name
    active
  }
}
    `) as unknown as TypedDocumentString<UpdateCategoryMutation, UpdateCategoryMutationVariables>;
export const AdminRoutingRulesDocument = new TypedDocumentString(`
    query AdminRoutingRules {
  routingRules(first: 500) {
    totalCount
    nodes {
      ...RoutingRuleFields
    }
  }
}
    fragment RoutingRuleFields on RoutingRule {
  id
  position
  name
  active
  conditions {
    categories {
      id
      name
      parent {
        name
      }
    }
    channels
    priorities
    productModel
    amountMinCents
    amountMaxCents
    minEarlierComplaints
    major
  }
  team {
    id
    name
  }
  assignMode
  version
  updatedAt
  updatedBy {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<AdminRoutingRulesQuery, AdminRoutingRulesQueryVariables>;
export const SaveRoutingRuleDocument = new TypedDocumentString(`
    mutation SaveRoutingRule($input: SaveRoutingRuleInput!) {
  saveRoutingRule(input: $input) {
    ...RoutingRuleFields
  }
}
    fragment RoutingRuleFields on RoutingRule {
  id
  position
  name
  active
  conditions {
    categories {
      id
      name
      parent {
        name
      }
    }
    channels
    priorities
    productModel
    amountMinCents
    amountMaxCents
    minEarlierComplaints
    major
  }
  team {
    id
    name
  }
  assignMode
  version
  updatedAt
  updatedBy {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<SaveRoutingRuleMutation, SaveRoutingRuleMutationVariables>;
export const DeleteRoutingRuleDocument = new TypedDocumentString(`
    mutation DeleteRoutingRule($input: DeleteRoutingRuleInput!) {
  deleteRoutingRule(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteRoutingRuleMutation, DeleteRoutingRuleMutationVariables>;
export const ReorderRoutingRulesDocument = new TypedDocumentString(`
    mutation ReorderRoutingRules($input: ReorderRoutingRulesInput!) {
  reorderRoutingRules(input: $input) {
    id
    position
    version
  }
}
    `) as unknown as TypedDocumentString<ReorderRoutingRulesMutation, ReorderRoutingRulesMutationVariables>;
export const RouteDryRunDocument = new TypedDocumentString(`
    query RouteDryRun($input: RouteDryRunInput!) {
  routeDryRun(input: $input) {
    rule {
      id
      name
      position
    }
    team {
      id
      name
    }
    assignee {
      id
      displayName
    }
    insteadOf {
      id
      displayName
    }
    tried {
      ruleId
      ruleName
      misses
    }
    summary
  }
}
    `) as unknown as TypedDocumentString<RouteDryRunQuery, RouteDryRunQueryVariables>;
export const AdminSlaPoliciesDocument = new TypedDocumentString(`
    query AdminSlaPolicies {
  slaPolicies {
    ...SlaPolicyFields
  }
}
    fragment SlaPolicyFields on SlaPolicy {
  id
  categoryId
  priority
  firstResponse {
    value
    unit
  }
  resolution {
    value
    unit
  }
  escalation {
    value
    unit
  }
  investigation {
    value
    unit
  }
  callback {
    value
    unit
  }
  version
  updatedAt
}`) as unknown as TypedDocumentString<AdminSlaPoliciesQuery, AdminSlaPoliciesQueryVariables>;
export const SaveSlaPolicyDocument = new TypedDocumentString(`
    mutation SaveSlaPolicy($input: SaveSlaPolicyInput!) {
  saveSlaPolicy(input: $input) {
    ...SlaPolicyFields
  }
}
    fragment SlaPolicyFields on SlaPolicy {
  id
  categoryId
  priority
  firstResponse {
    value
    unit
  }
  resolution {
    value
    unit
  }
  escalation {
    value
    unit
  }
  investigation {
    value
    unit
  }
  callback {
    value
    unit
  }
  version
  updatedAt
}`) as unknown as TypedDocumentString<SaveSlaPolicyMutation, SaveSlaPolicyMutationVariables>;
export const AlertsDocument = new TypedDocumentString(`
    query Alerts($state: [AlertState!], $first: Int, $after: String) {
  alerts(state: $state, first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      level
      kind
      state
      scope
      step
      value
      threshold
      raisedAt
      lastEvaluatedAt
      acknowledgedAt
      ackNote
      clearedAt
      acknowledgedBy {
        id
        displayName
      }
      category {
        id
        name
        parent {
          id
          name
        }
      }
      announcement {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AlertsQuery, AlertsQueryVariables>;
export const AlertRulesDocument = new TypedDocumentString(`
    query AlertRules {
  alertRules {
    id
    kind
    level
    threshold
    windowMinutes
    minSamples
    enabled
    version
  }
}
    `) as unknown as TypedDocumentString<AlertRulesQuery, AlertRulesQueryVariables>;
export const AcknowledgeAlertDocument = new TypedDocumentString(`
    mutation AcknowledgeAlert($input: AcknowledgeAlertInput!) {
  acknowledgeAlert(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<AcknowledgeAlertMutation, AcknowledgeAlertMutationVariables>;
export const UpdateAlertRuleDocument = new TypedDocumentString(`
    mutation UpdateAlertRule($input: UpdateAlertRuleInput!) {
  updateAlertRule(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateAlertRuleMutation, UpdateAlertRuleMutationVariables>;
export const OpenAnnouncementForAlertDocument = new TypedDocumentString(`
    mutation OpenAnnouncementForAlert($input: OpenAnnouncementForAlertInput!) {
  openAnnouncementForAlert(input: $input) {
    id
    announcement {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<OpenAnnouncementForAlertMutation, OpenAnnouncementForAlertMutationVariables>;
export const AnnouncementsDocument = new TypedDocumentString(`
    query Announcements($activeOnly: Boolean!, $first: Int, $after: String) {
  announcements(activeOnly: $activeOnly, first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      title
      explanation
      activeFrom
      activeUntil
      createdAt
      version
      ended
      createdBy {
        id
        displayName
      }
      category {
        id
        name
        parent {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnnouncementsQuery, AnnouncementsQueryVariables>;
export const CreateAnnouncementDocument = new TypedDocumentString(`
    mutation CreateAnnouncement($input: CreateAnnouncementInput!) {
  createAnnouncement(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<CreateAnnouncementMutation, CreateAnnouncementMutationVariables>;
export const UpdateAnnouncementDocument = new TypedDocumentString(`
    mutation UpdateAnnouncement($input: UpdateAnnouncementInput!) {
  updateAnnouncement(input: $input) {
    id
    title
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateAnnouncementMutation, UpdateAnnouncementMutationVariables>;
export const EndAnnouncementDocument = new TypedDocumentString(`
    mutation EndAnnouncement($input: EndAnnouncementInput!) {
  endAnnouncement(input: $input) {
    id
    title
    version
    ended
  }
}
    `) as unknown as TypedDocumentString<EndAnnouncementMutation, EndAnnouncementMutationVariables>;
export const ApprovalsDocument = new TypedDocumentString(`
    query Approvals($status: ApprovalStatus, $first: Int, $after: String) {
  approvals(status: $status, first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ApprovalFields
    }
  }
}
    fragment ApprovalFields on Approval {
  id
  complaintId
  complaintNumber
  status
  amountCents
  wronglyChargedCents
  approvedCents
  resolution
  requestedBy {
    id
    displayName
  }
  requestedAt
  decidedBy {
    id
    displayName
  }
  decidedAt
  decisionReason
}`) as unknown as TypedDocumentString<ApprovalsQuery, ApprovalsQueryVariables>;
export const DecideApprovalDocument = new TypedDocumentString(`
    mutation DecideApproval($input: DecideApprovalInput!) {
  decideApproval(input: $input) {
    ...ApprovalFields
  }
}
    fragment ApprovalFields on Approval {
  id
  complaintId
  complaintNumber
  status
  amountCents
  wronglyChargedCents
  approvedCents
  resolution
  requestedBy {
    id
    displayName
  }
  requestedAt
  decidedBy {
    id
    displayName
  }
  decidedAt
  decisionReason
}`) as unknown as TypedDocumentString<DecideApprovalMutation, DecideApprovalMutationVariables>;
export const MyAuthorityDocument = new TypedDocumentString(`
    query MyAuthority {
  myAuthority {
    limitCents
  }
}
    `) as unknown as TypedDocumentString<MyAuthorityQuery, MyAuthorityQueryVariables>;
export const AuditChainStatusDocument = new TypedDocumentString(`
    query AuditChainStatus {
  auditChainStatus {
    headSeq
    headAt
    unanchored
    keyId
    lastCheckpoint {
      seq
      at
      keyId
      reason
    }
    lastVerification {
      ...AuditVerificationFields
    }
  }
}
    fragment AuditVerificationFields on AuditVerification {
  at
  verdict
  fromSeq
  headSeq
  checked
  anchoredSeq
  checkpoints
  firstBadSeq
  problemCode
  problem
  byName
}`) as unknown as TypedDocumentString<AuditChainStatusQuery, AuditChainStatusQueryVariables>;
export const VerifyAuditChainDocument = new TypedDocumentString(`
    mutation VerifyAuditChain {
  verifyAuditChain {
    ...AuditVerificationFields
  }
}
    fragment AuditVerificationFields on AuditVerification {
  at
  verdict
  fromSeq
  headSeq
  checked
  anchoredSeq
  checkpoints
  firstBadSeq
  problemCode
  problem
  byName
}`) as unknown as TypedDocumentString<VerifyAuditChainMutation, VerifyAuditChainMutationVariables>;
export const AuditLogsDocument = new TypedDocumentString(`
    query AuditLogs($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLogs(filter: $filter, first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      at
      actorId
      actorName
      actorKind
      action
      outcome
      targetType
      targetId
      customerId
      fields
      ip
      requestId
      detail
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogsQuery, AuditLogsQueryVariables>;
export const ExportAuditLogsDocument = new TypedDocumentString(`
    mutation ExportAuditLogs($input: ExportAuditLogsInput!) {
  exportAuditLogs(input: $input) {
    filename
    contentType
    rowCount
    csv
    auditId
  }
}
    `) as unknown as TypedDocumentString<ExportAuditLogsMutation, ExportAuditLogsMutationVariables>;
export const ComplianceAlertsDocument = new TypedDocumentString(`
    query ComplianceAlerts($state: [AlertState!], $first: Int, $after: String) {
  complianceAlerts(state: $state, first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      rule
      actorName
      actor {
        id
        username
        displayName
      }
      state
      value
      threshold
      windowMinutes
      raisedAt
      lastEvaluatedAt
      acknowledgedAt
      acknowledgedBy {
        id
        displayName
      }
      ackNote
      clearedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ComplianceAlertsQuery, ComplianceAlertsQueryVariables>;
export const ComplianceRulesDocument = new TypedDocumentString(`
    query ComplianceRules {
  complianceRules {
    rule
    enabled
    threshold
    windowMinutes
    version
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<ComplianceRulesQuery, ComplianceRulesQueryVariables>;
export const AcknowledgeComplianceAlertDocument = new TypedDocumentString(`
    mutation AcknowledgeComplianceAlert($input: AcknowledgeComplianceAlertInput!) {
  acknowledgeComplianceAlert(input: $input) {
    id
    state
    acknowledgedAt
    ackNote
  }
}
    `) as unknown as TypedDocumentString<AcknowledgeComplianceAlertMutation, AcknowledgeComplianceAlertMutationVariables>;
export const UpdateComplianceRuleDocument = new TypedDocumentString(`
    mutation UpdateComplianceRule($input: UpdateComplianceRuleInput!) {
  updateComplianceRule(input: $input) {
    rule
    enabled
    threshold
    windowMinutes
    version
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<UpdateComplianceRuleMutation, UpdateComplianceRuleMutationVariables>;
export const CustomerErasuresDocument = new TypedDocumentString(`
    query CustomerErasures($status: ErasureStatus, $first: Int, $after: String) {
  customerErasures(status: $status, first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      customerId
      status
      reason
      requestedBy {
        id
        username
        displayName
      }
      requestedAt
      decidedBy {
        id
        username
        displayName
      }
      decidedAt
      decisionReason
      complaintsScrubbed
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerErasuresQuery, CustomerErasuresQueryVariables>;
export const DecideCustomerErasureDocument = new TypedDocumentString(`
    mutation DecideCustomerErasure($input: DecideCustomerErasureInput!) {
  decideCustomerErasure(input: $input) {
    id
    customerId
    status
    decidedAt
    decisionReason
    complaintsScrubbed
  }
}
    `) as unknown as TypedDocumentString<DecideCustomerErasureMutation, DecideCustomerErasureMutationVariables>;
export const RetentionRulesDocument = new TypedDocumentString(`
    query RetentionRules {
  retentionRules {
    recordClass
    days
    minDays
    version
    updatedAt
    updatedBy {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<RetentionRulesQuery, RetentionRulesQueryVariables>;
export const UpdateRetentionRuleDocument = new TypedDocumentString(`
    mutation UpdateRetentionRule($input: UpdateRetentionRuleInput!) {
  updateRetentionRule(input: $input) {
    recordClass
    days
    minDays
    version
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<UpdateRetentionRuleMutation, UpdateRetentionRuleMutationVariables>;
export const CallbackQueueDocument = new TypedDocumentString(`
    query CallbackQueue($first: Int, $after: String) {
  callbackQueue(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...ComplaintListFields
        version
        resolvedAt
        callbackAttempts
        availableActions
        sla {
          currentStep
          stepDueAt
        }
      }
    }
  }
}
    fragment ComplaintListFields on Complaint {
  id
  number
  title
  status
  channel
  priority
  isMajor
  repeatOfId
  reopenCount
  category {
    id
    name
    parent {
      id
      name
    }
  }
  customer {
    id
    nameMasked
    phoneMasked
  }
  assignee {
    id
    displayName
  }
  team {
    id
    name
  }
  createdAt
  updatedAt
  sla {
    state
    nextDueAt
  }
}`) as unknown as TypedDocumentString<CallbackQueueQuery, CallbackQueueQueryVariables>;
export const ComplaintDetailDocument = new TypedDocumentString(`
    query ComplaintDetail($id: ID!) {
  complaint(id: $id) {
    ...ComplaintListFields
    publicStatus
    category {
      defaultTeam {
        id
        name
      }
    }
    description
    customer {
      idCardMasked
      emailMasked
      complaintCount
    }
    announcement {
      id
      title
      explanation
      ended
    }
    occurredAt
    occurredPlace
    productModel
    productBatch
    orderNumber
    purchasedOn
    shippedOn
    arrivedOn
    amountDisputedCents
    refundRequestedCents
    refundGrantedCents
    responsibility
    findings
    resolution
    satisfaction
    callbackAttempts
    repeatOf {
      id
      number
      title
    }
    acceptedBy {
      id
      displayName
    }
    acceptedTeam {
      id
      name
    }
    version
    escalatedAt
    firstRepliedAt
    resolvedAt
    closedAt
    timeline {
      id
      kind
      actor {
        id
        displayName
      }
      visibility
      fromStatus
      toStatus
      body
      data
      promisedReplyAt
      createdAt
    }
    customerTimeline {
      at
      kind
      publicStatus
      body
      promisedReplyAt
    }
    attachments {
      id
      filename
      contentType
      sizeBytes
      url
      inlineUrl
      uploadedBy {
        id
        displayName
      }
      createdAt
    }
    usedKbVersion {
      id
      number
      title
      scenario
      solution
      category {
        id
        name
      }
      publishedAt
    }
    availableActions
    approvals {
      ...ApprovalFields
    }
    sla {
      state
      firstResponseDueAt
      resolutionDueAt
      currentStep
      stepDueAt
      remainingWorkingMinutes
      pausedSince
      nextDueAt
    }
  }
}
    fragment ComplaintListFields on Complaint {
  id
  number
  title
  status
  channel
  priority
  isMajor
  repeatOfId
  reopenCount
  category {
    id
    name
    parent {
      id
      name
    }
  }
  customer {
    id
    nameMasked
    phoneMasked
  }
  assignee {
    id
    displayName
  }
  team {
    id
    name
  }
  createdAt
  updatedAt
  sla {
    state
    nextDueAt
  }
}
fragment ApprovalFields on Approval {
  id
  complaintId
  complaintNumber
  status
  amountCents
  wronglyChargedCents
  approvedCents
  resolution
  requestedBy {
    id
    displayName
  }
  requestedAt
  decidedBy {
    id
    displayName
  }
  decidedAt
  decisionReason
}`) as unknown as TypedDocumentString<ComplaintDetailQuery, ComplaintDetailQueryVariables>;
export const DetailSimilarDocument = new TypedDocumentString(`
    query DetailSimilar($id: ID!, $first: Int) {
  similarComplaints(complaintId: $id, first: $first) {
    score
    semantic
    complaint {
      ...ComplaintSummary
    }
  }
}
    fragment ComplaintSummary on Complaint {
  id
  number
  title
  status
  createdAt
}`) as unknown as TypedDocumentString<DetailSimilarQuery, DetailSimilarQueryVariables>;
export const DispatchTeamsDocument = new TypedDocumentString(`
    query DispatchTeams {
  teams {
    id
    name
    kind
    parentId
  }
}
    `) as unknown as TypedDocumentString<DispatchTeamsQuery, DispatchTeamsQueryVariables>;
export const DetailEscalateDocument = new TypedDocumentString(`
    mutation DetailEscalate($input: EscalateComplaintInput!) {
  escalateComplaint(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<DetailEscalateMutation, DetailEscalateMutationVariables>;
export const DetailDispatchDocument = new TypedDocumentString(`
    mutation DetailDispatch($input: DispatchComplaintInput!) {
  dispatchComplaint(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<DetailDispatchMutation, DetailDispatchMutationVariables>;
export const DetailInvestigateDocument = new TypedDocumentString(`
    mutation DetailInvestigate($input: RecordInvestigationInput!) {
  recordInvestigation(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<DetailInvestigateMutation, DetailInvestigateMutationVariables>;
export const DetailProposeDocument = new TypedDocumentString(`
    mutation DetailPropose($input: ProposeResolutionInput!) {
  proposeResolution(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<DetailProposeMutation, DetailProposeMutationVariables>;
export const DetailResolveDocument = new TypedDocumentString(`
    mutation DetailResolve($input: ResolveComplaintInput!) {
  resolveComplaint(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<DetailResolveMutation, DetailResolveMutationVariables>;
export const DetailCallbackDocument = new TypedDocumentString(`
    mutation DetailCallback($input: RecordCallbackInput!) {
  recordCallback(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<DetailCallbackMutation, DetailCallbackMutationVariables>;
export const DetailCallbackAttemptDocument = new TypedDocumentString(`
    mutation DetailCallbackAttempt($input: RecordCallbackAttemptInput!) {
  recordCallbackAttempt(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<DetailCallbackAttemptMutation, DetailCallbackAttemptMutationVariables>;
export const DetailReturnDocument = new TypedDocumentString(`
    mutation DetailReturn($input: ReturnComplaintInput!) {
  returnComplaint(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<DetailReturnMutation, DetailReturnMutationVariables>;
export const DetailReopenDocument = new TypedDocumentString(`
    mutation DetailReopen($input: ReopenComplaintInput!) {
  reopenComplaint(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<DetailReopenMutation, DetailReopenMutationVariables>;
export const DetailCloseDocument = new TypedDocumentString(`
    mutation DetailClose($input: CloseComplaintInput!) {
  closeComplaint(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<DetailCloseMutation, DetailCloseMutationVariables>;
export const DetailAddNoteDocument = new TypedDocumentString(`
    mutation DetailAddNote($input: AddComplaintNoteInput!) {
  addComplaintNote(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DetailAddNoteMutation, DetailAddNoteMutationVariables>;
export const DetailMarkRepeatDocument = new TypedDocumentString(`
    mutation DetailMarkRepeat($input: MarkRepeatInput!) {
  markRepeat(input: $input) {
    id
    repeatOfId
    version
  }
}
    `) as unknown as TypedDocumentString<DetailMarkRepeatMutation, DetailMarkRepeatMutationVariables>;
export const DetailRevealContactDocument = new TypedDocumentString(`
    mutation DetailRevealContact($input: RevealCustomerContactInput!) {
  revealCustomerContact(input: $input) {
    customerId
    name
    phone
    idCard
    email
    auditId
  }
}
    `) as unknown as TypedDocumentString<DetailRevealContactMutation, DetailRevealContactMutationVariables>;
export const DetailEraseCustomerDocument = new TypedDocumentString(`
    mutation DetailEraseCustomer($input: EraseCustomerInput!) {
  eraseCustomer(input: $input) {
    id
    customerId
    status
    requestedAt
  }
}
    `) as unknown as TypedDocumentString<DetailEraseCustomerMutation, DetailEraseCustomerMutationVariables>;
export const DetailUploadAttachmentDocument = new TypedDocumentString(`
    mutation DetailUploadAttachment($input: UploadAttachmentInput!) {
  uploadAttachment(input: $input) {
    id
    filename
    contentType
    sizeBytes
    url
  }
}
    `) as unknown as TypedDocumentString<DetailUploadAttachmentMutation, DetailUploadAttachmentMutationVariables>;
export const DetailUpdateComplaintDocument = new TypedDocumentString(`
    mutation DetailUpdateComplaint($input: UpdateComplaintInput!) {
  updateComplaint(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DetailUpdateComplaintMutation, DetailUpdateComplaintMutationVariables>;
export const DetailAssignComplaintDocument = new TypedDocumentString(`
    mutation DetailAssignComplaint($input: AssignComplaintInput!) {
  assignComplaint(input: $input) {
    id
    version
    assignee {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<DetailAssignComplaintMutation, DetailAssignComplaintMutationVariables>;
export const DetailPauseClockDocument = new TypedDocumentString(`
    mutation DetailPauseClock($input: ClockChangeInput!) {
  pauseClock(input: $input) {
    id
    version
    sla {
      state
    }
  }
}
    `) as unknown as TypedDocumentString<DetailPauseClockMutation, DetailPauseClockMutationVariables>;
export const DetailResumeClockDocument = new TypedDocumentString(`
    mutation DetailResumeClock($input: ClockChangeInput!) {
  resumeClock(input: $input) {
    id
    version
    sla {
      state
    }
  }
}
    `) as unknown as TypedDocumentString<DetailResumeClockMutation, DetailResumeClockMutationVariables>;
export const ComplaintQueueDocument = new TypedDocumentString(`
    query ComplaintQueue($filter: ComplaintFilter, $first: Int, $after: String, $orderBy: ComplaintOrder, $withAnnouncement: Boolean! = false) {
  complaints(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...ComplaintListFields
        announcement @include(if: $withAnnouncement) {
          id
          title
        }
      }
    }
  }
}
    fragment ComplaintListFields on Complaint {
  id
  number
  title
  status
  channel
  priority
  isMajor
  repeatOfId
  reopenCount
  category {
    id
    name
    parent {
      id
      name
    }
  }
  customer {
    id
    nameMasked
    phoneMasked
  }
  assignee {
    id
    displayName
  }
  team {
    id
    name
  }
  createdAt
  updatedAt
  sla {
    state
    nextDueAt
  }
}`) as unknown as TypedDocumentString<ComplaintQueueQuery, ComplaintQueueQueryVariables>;
export const ComplaintStatsDocument = new TypedDocumentString(`
    query ComplaintStats($filter: ComplaintStatsFilter) {
  complaintStats(filter: $filter) {
    from
    to
    total
    open
    resolved
    closed
    repeats
    major
    reopened
    satisfactionCount
    satisfactionAverage
    satisfiedRate
    byDay {
      day
      count
    }
    byCategory {
      count
      category {
        id
        name
        parent {
          id
          name
        }
      }
    }
    byChannel {
      channel
      count
    }
    byStatus {
      status
      count
    }
    bySatisfaction {
      score
      count
    }
  }
}
    `) as unknown as TypedDocumentString<ComplaintStatsQuery, ComplaintStatsQueryVariables>;
export const DashboardChangedDocument = new TypedDocumentString(`
    subscription DashboardChanged {
  dashboardChanged {
    at
  }
}
    `) as unknown as TypedDocumentString<DashboardChangedSubscription, DashboardChangedSubscriptionVariables>;
export const KpisDocument = new TypedDocumentString(`
    query Kpis($from: DateTime, $to: DateTime, $groupBy: [KpiGroupBy!]!) {
  kpis(from: $from, to: $to, groupBy: $groupBy) {
    from
    to
    total {
      ...KpiRowFields
    }
    groups {
      by
      rows {
        ...KpiRowFields
      }
    }
  }
}
    fragment KpiRowFields on KpiRow {
  key
  label
  volume
  responseTimelinessRate
  stepTimeoutRate
  firstContactResolutionRate
  timelyCompletionRate
  satisfactionAverage
  satisfactionDistribution {
    score
    count
  }
  callbackRate
  repeatRate
  reopenRate
  averageHandlingHours
  majorCount
  perTenThousandCustomers
  checks {
    metric
    verdict
  }
}`) as unknown as TypedDocumentString<KpisQuery, KpisQueryVariables>;
export const IntakeCustomerByPhoneDocument = new TypedDocumentString(`
    query IntakeCustomerByPhone($phone: String!, $historyFirst: Int!) {
  customerByPhone(phone: $phone) {
    id
    nameMasked
    phoneMasked
    complaintCount
    complaints(first: $historyFirst) {
      nodes {
        ...ComplaintSummary
      }
    }
  }
}
    fragment ComplaintSummary on Complaint {
  id
  number
  title
  status
  createdAt
}`) as unknown as TypedDocumentString<IntakeCustomerByPhoneQuery, IntakeCustomerByPhoneQueryVariables>;
export const IntakeKbSearchDocument = new TypedDocumentString(`
    query IntakeKbSearch($query: String!, $first: Int, $boost: ID) {
  kbSearch(query: $query, first: $first, filter: {boostCategoryId: $boost}) {
    searchId
    total
    totalIsExact
    hits {
      score
      snippet
      highlights {
        start
        end
      }
      article {
        id
      }
      version {
        id
        number
        title
        category {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IntakeKbSearchQuery, IntakeKbSearchQueryVariables>;
export const IntakeSimilarDocument = new TypedDocumentString(`
    query IntakeSimilar($text: String!, $categoryId: ID, $first: Int) {
  similarComplaints(text: $text, categoryId: $categoryId, first: $first) {
    score
    semantic
    complaint {
      ...ComplaintSummary
    }
  }
}
    fragment ComplaintSummary on Complaint {
  id
  number
  title
  status
  createdAt
}`) as unknown as TypedDocumentString<IntakeSimilarQuery, IntakeSimilarQueryVariables>;
export const IntakeSuggestionsDocument = new TypedDocumentString(`
    query IntakeSuggestions($text: String!) {
  intakeSuggestions(text: $text) {
    categories {
      share
      category {
        id
        name
      }
    }
    priority {
      priority
      share
    }
    team {
      share
      team {
        id
        name
      }
    }
    draftReply
    resolved {
      status
      resolution
      kbArticleId
      kbArticleTitle
      resolvedAt
      category {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IntakeSuggestionsQuery, IntakeSuggestionsQueryVariables>;
export const IntakeAnnouncementsDocument = new TypedDocumentString(`
    query IntakeAnnouncements {
  announcements(activeOnly: true, first: 100) {
    nodes {
      id
      title
      explanation
      category {
        id
        parentId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IntakeAnnouncementsQuery, IntakeAnnouncementsQueryVariables>;
export const IntakeCreateComplaintDocument = new TypedDocumentString(`
    mutation IntakeCreateComplaint($input: CreateComplaintInput!) {
  createComplaint(input: $input) {
    complaint {
      id
      number
      version
    }
    customerMessage
    possibleRepeats {
      id
      number
      status
      title
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<IntakeCreateComplaintMutation, IntakeCreateComplaintMutationVariables>;
export const KbSearchSummaryDocument = new TypedDocumentString(`
    query KbSearchSummary($from: DateTime) {
  kbSearchSummary(from: $from) {
    searches
    distinctQueries
    zeroResult
    opened
    used
    zeroResultRate
    openRate
    useRate
    semanticSearch
  }
}
    `) as unknown as TypedDocumentString<KbSearchSummaryQuery, KbSearchSummaryQueryVariables>;
export const KbQueryStatsDocument = new TypedDocumentString(`
    query KbQueryStats($kind: KbQueryStatKind!, $from: DateTime, $first: Int, $after: String) {
  kbQueryStats(kind: $kind, from: $from, first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      query
      searches
      averageResults
      opened
      used
      lastSearchedAt
    }
  }
}
    `) as unknown as TypedDocumentString<KbQueryStatsQuery, KbQueryStatsQueryVariables>;
export const KbArticlesNeverFoundDocument = new TypedDocumentString(`
    query KbArticlesNeverFound($from: DateTime, $first: Int, $after: String) {
  kbArticlesNeverFound(from: $from, first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      publishedAt
      published {
        id
        title
        category {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KbArticlesNeverFoundQuery, KbArticlesNeverFoundQueryVariables>;
export const RecordKbSearchOpenDocument = new TypedDocumentString(`
    mutation RecordKbSearchOpen($input: RecordKbSearchOpenInput!) {
  recordKbSearchOpen(input: $input)
}
    `) as unknown as TypedDocumentString<RecordKbSearchOpenMutation, RecordKbSearchOpenMutationVariables>;
export const KbSuggestDocument = new TypedDocumentString(`
    query KbSuggest($prefix: String!) {
  kbSuggest(prefix: $prefix) {
    articleId
    title
  }
}
    `) as unknown as TypedDocumentString<KbSuggestQuery, KbSuggestQueryVariables>;
export const KbSearchDocument = new TypedDocumentString(`
    query KbSearch($query: String!, $filter: KbSearchFilter, $first: Int, $after: String, $withFacets: Boolean! = true) {
  kbSearch(query: $query, filter: $filter, first: $first, after: $after) {
    searchId
    total
    endCursor
    hasNextPage
    facets @include(if: $withFacets) {
      count
      category {
        id
        name
      }
    }
    hits {
      score
      snippet
      highlights {
        start
        end
      }
      article {
        id
        status
        updatedAt
      }
      version {
        id
        number
        title
        tags
        category {
          id
          name
          parent {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KbSearchQuery, KbSearchQueryVariables>;
export const KbArticlesDocument = new TypedDocumentString(`
    query KbArticles($filter: KbArticleFilter, $first: Int, $after: String) {
  kbArticles(filter: $filter, first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      status
      updatedAt
      publishedAt
      author {
        id
        displayName
      }
      latest {
        id
        number
        title
        scenario
        tags
        category {
          id
          name
          parent {
            id
            name
          }
        }
      }
      published {
        id
        number
        title
        scenario
        tags
        category {
          id
          name
          parent {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KbArticlesQuery, KbArticlesQueryVariables>;
export const KbArticleDocument = new TypedDocumentString(`
    query KbArticle($id: ID!) {
  kbArticle(id: $id) {
    id
    status
    version
    createdAt
    updatedAt
    publishedAt
    author {
      id
      displayName
    }
    reviewer {
      id
      displayName
    }
    published {
      ...KbVersionFields
    }
    latest {
      ...KbVersionFields
    }
    versions {
      ...KbVersionFields
    }
  }
}
    fragment KbVersionFields on KbVersion {
  id
  number
  title
  scenario
  solution
  caveats
  tags
  relatedIds
  createdAt
  publishedAt
  category {
    id
    name
    parent {
      id
      name
    }
  }
  editor {
    id
    displayName
  }
  reviewer {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<KbArticleQuery, KbArticleQueryVariables>;
export const KbArticleTitleDocument = new TypedDocumentString(`
    query KbArticleTitle($id: ID!) {
  kbArticle(id: $id) {
    id
    status
    published {
      id
      title
    }
    latest {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<KbArticleTitleQuery, KbArticleTitleQueryVariables>;
export const CreateKbArticleDocument = new TypedDocumentString(`
    mutation CreateKbArticle($input: CreateKbArticleInput!) {
  createKbArticle(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<CreateKbArticleMutation, CreateKbArticleMutationVariables>;
export const UpdateKbArticleDocument = new TypedDocumentString(`
    mutation UpdateKbArticle($input: UpdateKbArticleInput!) {
  updateKbArticle(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateKbArticleMutation, UpdateKbArticleMutationVariables>;
export const SubmitKbArticleDocument = new TypedDocumentString(`
    mutation SubmitKbArticle($input: KbArticleStepInput!) {
  submitKbArticle(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<SubmitKbArticleMutation, SubmitKbArticleMutationVariables>;
export const PublishKbArticleDocument = new TypedDocumentString(`
    mutation PublishKbArticle($input: KbArticleStepInput!) {
  publishKbArticle(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<PublishKbArticleMutation, PublishKbArticleMutationVariables>;
export const ArchiveKbArticleDocument = new TypedDocumentString(`
    mutation ArchiveKbArticle($input: KbArticleStepInput!) {
  archiveKbArticle(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ArchiveKbArticleMutation, ArchiveKbArticleMutationVariables>;
export const KbSynonymsDocument = new TypedDocumentString(`
    query KbSynonyms($filter: KbSynonymFilter, $first: Int, $after: String) {
  kbSynonyms(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...KbSynonymFields
    }
  }
}
    fragment KbSynonymFields on KbSynonym {
  id
  kind
  terms
  source
  note
  version
  updatedAt
  updatedBy {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<KbSynonymsQuery, KbSynonymsQueryVariables>;
export const KbSynonymPreviewDocument = new TypedDocumentString(`
    query KbSynonymPreview($query: String!) {
  kbSynonymPreview(query: $query) {
    normalized
    expansions
  }
}
    `) as unknown as TypedDocumentString<KbSynonymPreviewQuery, KbSynonymPreviewQueryVariables>;
export const SaveKbSynonymDocument = new TypedDocumentString(`
    mutation SaveKbSynonym($input: SaveKbSynonymInput!) {
  saveKbSynonym(input: $input) {
    ...KbSynonymFields
  }
}
    fragment KbSynonymFields on KbSynonym {
  id
  kind
  terms
  source
  note
  version
  updatedAt
  updatedBy {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<SaveKbSynonymMutation, SaveKbSynonymMutationVariables>;
export const DeleteKbSynonymDocument = new TypedDocumentString(`
    mutation DeleteKbSynonym($input: DeleteKbSynonymInput!) {
  deleteKbSynonym(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteKbSynonymMutation, DeleteKbSynonymMutationVariables>;
export const MajorComplaintsDocument = new TypedDocumentString(`
    query MajorComplaints($filter: ComplaintFilter, $first: Int) {
  complaints(filter: $filter, first: $first, orderBy: OLDEST) {
    totalCount
    nodes {
      id
      number
      title
      status
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<MajorComplaintsQuery, MajorComplaintsQueryVariables>;