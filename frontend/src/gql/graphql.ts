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

export type AddComplaintNoteInput = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};

export type Announcement = {
  activeFrom: Scalars['DateTime']['output'];
  activeUntil?: Maybe<Scalars['DateTime']['output']>;
  category?: Maybe<Category>;
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<User>;
  /** The one agreed explanation agents give callers (统一解释口径). */
  explanation: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
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

export type AssignComplaintInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** The `version` you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type Attachment = {
  /** Detected from the file's content, not from what the client claimed. */
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  filename: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  sha256: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
  uploadedBy?: Maybe<User>;
  /** Where to download it (same session; the download is audited). */
  url: Scalars['String']['output'];
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
  customerId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** success, denied or failure */
  outcome?: InputMaybe<Scalars['String']['input']>;
  targetId?: InputMaybe<Scalars['String']['input']>;
  targetType?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type Category = {
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
  arrivedOn?: Maybe<Scalars['NaiveDate']['output']>;
  assignee?: Maybe<User>;
  attachments: Array<Attachment>;
  /** Lifecycle steps the caller may take now. */
  availableActions: Array<ComplaintAction>;
  category?: Maybe<Category>;
  channel: Channel;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  customer?: Maybe<Customer>;
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
  | 'CLOSE'
  | 'DISPATCH'
  | 'ESCALATE'
  | 'PROPOSE_RESOLUTION'
  | 'RECORD_CALLBACK'
  | 'RECORD_INVESTIGATION'
  | 'REOPEN'
  | 'RESOLVE';

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
  toStatus?: Maybe<ComplaintStatus>;
  visibility: Visibility;
};

export type ComplaintFilter = {
  acceptedById?: InputMaybe<Scalars['ID']['input']>;
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** A top-level category includes its sub-categories. */
  categoryIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  channels?: InputMaybe<Array<Channel>>;
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  isMajor?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only complaints still being worked. */
  openOnly?: InputMaybe<Scalars['Boolean']['input']>;
  priorities?: InputMaybe<Array<Priority>>;
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
  | 'RECENTLY_UPDATED';

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

export type CreateAnnouncementInput = {
  /** Defaults to now. */
  activeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  activeUntil?: InputMaybe<Scalars['DateTime']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  explanation: Scalars['String']['input'];
  title: Scalars['String']['input'];
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
  emailMasked?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  idCardMasked?: Maybe<Scalars['String']['output']>;
  nameMasked: Scalars['String']['output'];
  phoneMasked: Scalars['String']['output'];
};

export type DayCount = {
  count: Scalars['Int']['output'];
  /** Calendar day in Beijing time, `YYYY-MM-DD`. */
  day: Scalars['String']['output'];
};

export type DispatchComplaintInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** The `version` you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  teamId: Scalars['ID']['input'];
};

export type EscalateComplaintInput = {
  /** The `version` you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Kind of timeline event. */
export type EventKind =
  | 'ASSIGNED'
  | 'ATTACHMENT_ADDED'
  | 'CALLBACK_RECORDED'
  | 'CLOSED'
  | 'CREATED'
  | 'DISPATCHED'
  | 'ESCALATED'
  | 'INVESTIGATED'
  | 'MARKED_REPEAT'
  | 'NOTE_ADDED'
  | 'REOPENED'
  | 'RESOLUTION_PROPOSED'
  | 'RESOLVED'
  | 'UPDATED';

export type ExportAuditLogsInput = {
  filter?: InputMaybe<AuditLogFilter>;
  /** Why the export is needed (recorded in the audit trail). */
  reason: Scalars['String']['input'];
};

/** A highlighted part of a snippet, in characters. */
export type HighlightRange = {
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
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

export type KbSearchFilter = {
  /** A top-level category includes its sub-categories. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Editors only: also search unpublished drafts. */
  includeDrafts?: InputMaybe<Scalars['Boolean']['input']>;
};

export type KbSearchHit = {
  article: KbArticle;
  highlights: Array<HighlightRange>;
  score: Scalars['Float']['output'];
  snippet: Scalars['String']['output'];
  /** The version that matched. */
  version: KbVersion;
};

export type KbSearchResult = {
  facets: Array<CategoryFacet>;
  hits: Array<KbSearchHit>;
  /** How many articles matched in all. */
  total: Scalars['Int']['output'];
};

export type KbSuggestion = {
  articleId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

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
  /** An internal note (never shown to the customer). */
  addComplaintNote: ComplaintEvent;
  archiveKbArticle: KbArticle;
  assignComplaint: Complaint;
  changePassword: Scalars['Boolean']['output'];
  closeComplaint: Complaint;
  createAnnouncement: Announcement;
  createCategory: Category;
  /** Register a complaint during a call (每诉必录); returns its number. */
  createComplaint: CreateComplaintPayload;
  createKbArticle: KbArticle;
  createRole: Role;
  createTeam: Team;
  createUser: User;
  /** Send to a department for investigation. */
  dispatchComplaint: Complaint;
  /** Frontline → expert team. */
  escalateComplaint: Complaint;
  /**
   * The audit records matching a filter as CSV, newest first, at most
   * 50,000 (needs `audit.export`; the export itself is audited).
   */
  exportAuditLogs: AuditExport;
  login: LoginPayload;
  /** Revoke the current session. */
  logout: Scalars['Boolean']['output'];
  /** Link as a repeat (重复投诉) of an earlier complaint. */
  markRepeat: Complaint;
  proposeResolution: Complaint;
  /** Publish the version in review (needs kb.publish; not your own edit). */
  publishKbArticle: KbArticle;
  /** The satisfaction callback (回访), 1–5. */
  recordCallback: Complaint;
  recordInvestigation: Complaint;
  /** The customer is not satisfied: back to the expert team. */
  reopenComplaint: Complaint;
  resetUserPassword: Scalars['Boolean']['output'];
  /** Resolve with the reply given to the customer. */
  resolveComplaint: Complaint;
  /**
   * The customer's contact in clear, for someone handling the complaint.
   * Audited with the reason.
   */
  revealCustomerContact: RevealedContact;
  /** Send the draft for review. */
  submitKbArticle: KbArticle;
  updateComplaint: Complaint;
  /** Edit: a published article gets a new draft; the published version stays live. */
  updateKbArticle: KbArticle;
  updateRole: Role;
  updateTeam: Team;
  updateUser: User;
  /** Upload evidence (multipart request). JPEG, PNG, GIF, WebP or PDF. */
  uploadAttachment: Attachment;
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


export type MutationDispatchComplaintArgs = {
  input: DispatchComplaintInput;
};


export type MutationEscalateComplaintArgs = {
  input: EscalateComplaintInput;
};


export type MutationExportAuditLogsArgs = {
  input: ExportAuditLogsInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkRepeatArgs = {
  input: MarkRepeatInput;
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


export type MutationRecordInvestigationArgs = {
  input: RecordInvestigationInput;
};


export type MutationReopenComplaintArgs = {
  input: ReopenComplaintInput;
};


export type MutationResetUserPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationResolveComplaintArgs = {
  input: ResolveComplaintInput;
};


export type MutationRevealCustomerContactArgs = {
  input: RevealCustomerContactInput;
};


export type MutationSubmitKbArticleArgs = {
  input: KbArticleStepInput;
};


export type MutationUpdateComplaintArgs = {
  input: UpdateComplaintInput;
};


export type MutationUpdateKbArticleArgs = {
  input: UpdateKbArticleInput;
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

export type ProposeResolutionInput = {
  /** The `version` you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  refundGrantedCents?: InputMaybe<Scalars['Int']['input']>;
  resolution: Scalars['String']['input'];
};

export type Query = {
  announcements: AnnouncementConnection;
  /** The audit trail, newest first (auditors only). */
  auditLogs: AuditLogConnection;
  categories: Array<Category>;
  complaint: Complaint;
  complaintByNumber: Complaint;
  /**
   * Complaint volume and satisfaction over complaints created in a range
   * (needs `report.read`).
   */
  complaintStats: ComplaintStats;
  /** Complaints the caller may see, newest first unless `orderBy` says otherwise. */
  complaints: ComplaintConnection;
  /** Look a customer up by the phone number the caller gives (masked; audited). */
  customerByPhone?: Maybe<Customer>;
  kbArticle: KbArticle;
  kbArticles: KbArticleConnection;
  /**
   * Full-text search for agents on a call: Simplified or Traditional,
   * synonyms, common typos, model numbers.
   */
  kbSearch: KbSearchResult;
  /** Titles for search-as-you-type. */
  kbSuggest: Array<KbSuggestion>;
  me: Me;
  /** Every named permission, for building custom roles. */
  permissions: Array<PermissionInfo>;
  roles: Array<Role>;
  /**
   * Earlier complaints about the same problem (by `complaintId` or by `text`),
   * only ones you may read.
   */
  similarComplaints: Array<SimilarComplaint>;
  teams: Array<Team>;
  users: UserConnection;
};


export type QueryAnnouncementsArgs = {
  activeOnly?: Scalars['Boolean']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditLogsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryComplaintsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ComplaintFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ComplaintOrder>;
};


export type QueryCustomerByPhoneArgs = {
  phone: Scalars['String']['input'];
};


export type QueryKbArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryKbArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KbArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryKbSearchArgs = {
  filter?: InputMaybe<KbSearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QueryKbSuggestArgs = {
  prefix: Scalars['String']['input'];
};


export type QuerySimilarComplaintsArgs = {
  complaintId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordCallbackInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The `version` you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  satisfaction: Scalars['Int']['input'];
};

export type RecordInvestigationInput = {
  /** The `version` you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  findings: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  responsibility: Responsibility;
};

export type ReopenComplaintInput = {
  /** The `version` you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** An earlier complaint of the same customer about the same kind of problem. */
export type RepeatCandidate = {
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  number: Scalars['String']['output'];
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

/** Who was responsible, once verified. */
export type Responsibility =
  | 'CLEAR_DEFECT'
  | 'CUSTOMER'
  | 'INTERNAL'
  | 'MISUSE'
  | 'THIRD_PARTY'
  | 'UNDETERMINED';

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
  /** Built-in roles follow the code and cannot be edited. */
  builtin: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  permissions: Array<Scalars['String']['output']>;
};

export type SatisfactionCount = {
  count: Scalars['Int']['output'];
  /** 1 (very dissatisfied) to 5 (very satisfied). */
  score: Scalars['Int']['output'];
};

/** A complaint like another one, with how alike (higher is closer). */
export type SimilarComplaint = {
  complaint: Complaint;
  score: Scalars['Float']['output'];
};

export type StatusCount = {
  count: Scalars['Int']['output'];
  status: ComplaintStatus;
};

export type Team = {
  id: Scalars['ID']['output'];
  /** center, branch, store, expert or department. */
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  parent?: Maybe<Team>;
  parentId?: Maybe<Scalars['ID']['output']>;
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

export type UpdateKbArticleInput = {
  article: KbArticleFields;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type UpdateRoleInput = {
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  permissions?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateTeamInput = {
  id: Scalars['ID']['input'];
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
  active: Scalars['Boolean']['output'];
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

/** Who may see a timeline entry. */
export type Visibility =
  | 'CUSTOMER'
  | 'INTERNAL';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { permissions: Array<string>, user: { id: string, username: string, displayName: string, roles: Array<string>, team?: { id: string, name: string } | null } } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { expiresAt: string, user: { id: string, displayName: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type CategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoriesQuery = { categories: Array<{ id: string, code: string, name: string, parentId?: string | null }> };

export type RoleNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type RoleNamesQuery = { roles: Array<{ code: string, name: string }> };

export type ComplaintQueueQueryVariables = Exact<{
  filter?: InputMaybe<ComplaintFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<ComplaintOrder>;
}>;


export type ComplaintQueueQuery = { complaints: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, number: string, title: string, status: ComplaintStatus, statusLabel: string, channel: Channel, priority: Priority, isMajor: boolean, repeatOfId?: string | null, reopenCount: number, createdAt: string, updatedAt: string, category?: { id: string, name: string, parent?: { id: string, name: string } | null } | null, customer?: { id: string, nameMasked: string, phoneMasked: string } | null, assignee?: { id: string, displayName: string } | null, team?: { id: string, name: string } | null } }> } };

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
export const ComplaintQueueDocument = new TypedDocumentString(`
    query ComplaintQueue($filter: ComplaintFilter, $first: Int, $after: String, $orderBy: ComplaintOrder) {
  complaints(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        number
        title
        status
        statusLabel
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
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ComplaintQueueQuery, ComplaintQueueQueryVariables>;