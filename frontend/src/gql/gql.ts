/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      user {\n        id\n        username\n        displayName\n        roles\n        team {\n          id\n          name\n        }\n      }\n      permissions\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query PromiseDate($from: DateTime!, $days: Int!, $teamId: ID) {\n    workingDeadlineDetails(from: $from, workingDays: $days, teamId: $teamId) {\n      at\n      calendarName\n      missingHolidayYears\n    }\n  }\n": typeof types.PromiseDateDocument,
    "\n  query AssignableUsers($teamId: ID!) {\n    assignableUsers(teamId: $teamId) {\n      id\n      displayName\n    }\n  }\n": typeof types.AssignableUsersDocument,
    "\n  query Categories {\n    categories {\n      id\n      code\n      name\n      parentId\n    }\n  }\n": typeof types.CategoriesDocument,
    "\n  fragment ComplaintSummary on Complaint {\n    id\n    number\n    title\n    status\n    createdAt\n  }\n": typeof types.ComplaintSummaryFragmentDoc,
    "\n  fragment ComplaintListFields on Complaint {\n    id\n    number\n    title\n    status\n    channel\n    priority\n    isMajor\n    repeatOfId\n    reopenCount\n    category {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n    customer {\n      id\n      nameMasked\n      phoneMasked\n    }\n    assignee {\n      id\n      displayName\n    }\n    team {\n      id\n      name\n    }\n    createdAt\n    updatedAt\n    sla {\n      state\n      nextDueAt\n    }\n  }\n": typeof types.ComplaintListFieldsFragmentDoc,
    "\n  query RoleNames {\n    roles {\n      code\n      name\n    }\n  }\n": typeof types.RoleNamesDocument,
    "\n  mutation ChangeOwnPassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangeOwnPasswordDocument,
    "\n  subscription NotificationFeed {\n    notifications {\n      unreadCount\n      notification {\n        id\n      }\n    }\n  }\n": typeof types.NotificationFeedDocument,
    "\n  query NotificationList($first: Int) {\n    notifications(first: $first) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          complaintId\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": typeof types.NotificationListDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query AdminCalendars {\n    calendars {\n      id\n      name\n      isDefault\n      officialHolidays\n      version\n      zone\n      teamIds\n      holidayYears\n      weekend\n      shifts {\n        start\n        end\n      }\n    }\n    holidayYears {\n      year\n      source\n      holidays {\n        name\n        start\n        end\n        makeupWorkdays\n      }\n    }\n    teams {\n      id\n      name\n    }\n  }\n": typeof types.AdminCalendarsDocument,
    "\n  mutation CreateCalendar($input: CreateCalendarInput!) {\n    createCalendar(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateCalendarDocument,
    "\n  mutation UpdateCalendar($input: UpdateCalendarInput!) {\n    updateCalendar(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.UpdateCalendarDocument,
    "\n  mutation SetTeamCalendar($input: SetTeamCalendarInput!) {\n    setTeamCalendar(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.SetTeamCalendarDocument,
    "\n  mutation ImportHolidayYear($input: ImportHolidayYearInput!) {\n    importHolidayYear(input: $input) {\n      replaced\n      year {\n        year\n      }\n    }\n  }\n": typeof types.ImportHolidayYearDocument,
    "\n  fragment MajorCriteriaFields on MajorCriteria {\n    amountOverCents\n    channels\n    repeatSameIssue\n    announcementCountOver\n    version\n    updatedAt\n    updatedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.MajorCriteriaFieldsFragmentDoc,
    "\n  query AdminMajorCriteria {\n    majorCriteria {\n      ...MajorCriteriaFields\n    }\n  }\n": typeof types.AdminMajorCriteriaDocument,
    "\n  mutation UpdateMajorCriteria($input: UpdateMajorCriteriaInput!) {\n    updateMajorCriteria(input: $input) {\n      ...MajorCriteriaFields\n    }\n  }\n": typeof types.UpdateMajorCriteriaDocument,
    "\n  query AdminUsers($first: Int, $after: String) {\n    users(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        username\n        displayName\n        active\n        roles\n        createdAt\n        team {\n          id\n          name\n        }\n        absent\n        backup {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  query AdminRoles {\n    roles {\n      id\n      code\n      name\n      builtin\n      authorityLimitCents\n      permissions\n    }\n    permissions {\n      code\n      label\n    }\n  }\n": typeof types.AdminRolesDocument,
    "\n  query AdminTeams {\n    teams {\n      id\n      name\n      kind\n      parentId\n    }\n  }\n": typeof types.AdminTeamsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      username\n      displayName\n      active\n      roles\n      team {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation SetUserRoster($input: SetUserRosterInput!) {\n    setUserRoster(input: $input) {\n      user {\n        id\n        absent\n        backup {\n          id\n          displayName\n        }\n      }\n      handedOver\n      handedTo {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.SetUserRosterDocument,
    "\n  mutation ResetUserPassword($input: ResetPasswordInput!) {\n    resetUserPassword(input: $input)\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      id\n      code\n    }\n  }\n": typeof types.CreateRoleDocument,
    "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      id\n      code\n      name\n      permissions\n    }\n  }\n": typeof types.UpdateRoleDocument,
    "\n  mutation SetRoleAuthorityLimit($input: SetRoleAuthorityLimitInput!) {\n    setRoleAuthorityLimit(input: $input) {\n      id\n      code\n      authorityLimitCents\n    }\n  }\n": typeof types.SetRoleAuthorityLimitDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      id\n      name\n      kind\n      parentId\n    }\n  }\n": typeof types.UpdateTeamDocument,
    "\n  query AdminCategories {\n    categories(includeInactive: true) {\n      id\n      code\n      name\n      parentId\n      active\n      defaultTeam {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminCategoriesDocument,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateCategoryDocument,
    "\n  mutation UpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      id\n      name\n      active\n    }\n  }\n": typeof types.UpdateCategoryDocument,
    "\n  fragment RoutingRuleFields on RoutingRule {\n    id\n    position\n    name\n    active\n    conditions {\n      categories {\n        id\n        name\n        parent {\n          name\n        }\n      }\n      channels\n      priorities\n      productModel\n      amountMinCents\n      amountMaxCents\n      minEarlierComplaints\n      major\n    }\n    team {\n      id\n      name\n    }\n    assignMode\n    version\n    updatedAt\n    updatedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.RoutingRuleFieldsFragmentDoc,
    "\n  query AdminRoutingRules {\n    routingRules(first: 500) {\n      totalCount\n      nodes {\n        ...RoutingRuleFields\n      }\n    }\n  }\n": typeof types.AdminRoutingRulesDocument,
    "\n  mutation SaveRoutingRule($input: SaveRoutingRuleInput!) {\n    saveRoutingRule(input: $input) {\n      ...RoutingRuleFields\n    }\n  }\n": typeof types.SaveRoutingRuleDocument,
    "\n  mutation DeleteRoutingRule($input: DeleteRoutingRuleInput!) {\n    deleteRoutingRule(input: $input)\n  }\n": typeof types.DeleteRoutingRuleDocument,
    "\n  mutation ReorderRoutingRules($input: ReorderRoutingRulesInput!) {\n    reorderRoutingRules(input: $input) {\n      id\n      position\n      version\n    }\n  }\n": typeof types.ReorderRoutingRulesDocument,
    "\n  query RouteDryRun($input: RouteDryRunInput!) {\n    routeDryRun(input: $input) {\n      rule {\n        id\n        name\n        position\n      }\n      team {\n        id\n        name\n      }\n      assignee {\n        id\n        displayName\n      }\n      insteadOf {\n        id\n        displayName\n      }\n      tried {\n        ruleId\n        ruleName\n        misses\n      }\n      summary\n    }\n  }\n": typeof types.RouteDryRunDocument,
    "\n  fragment SlaPolicyFields on SlaPolicy {\n    id\n    categoryId\n    priority\n    firstResponse {\n      value\n      unit\n    }\n    resolution {\n      value\n      unit\n    }\n    escalation {\n      value\n      unit\n    }\n    investigation {\n      value\n      unit\n    }\n    callback {\n      value\n      unit\n    }\n    version\n    updatedAt\n  }\n": typeof types.SlaPolicyFieldsFragmentDoc,
    "\n  query AdminSlaPolicies {\n    slaPolicies {\n      ...SlaPolicyFields\n    }\n  }\n": typeof types.AdminSlaPoliciesDocument,
    "\n  mutation SaveSlaPolicy($input: SaveSlaPolicyInput!) {\n    saveSlaPolicy(input: $input) {\n      ...SlaPolicyFields\n    }\n  }\n": typeof types.SaveSlaPolicyDocument,
    "\n  query Alerts($state: [AlertState!], $first: Int, $after: String) {\n    alerts(state: $state, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        level\n        kind\n        state\n        scope\n        step\n        value\n        threshold\n        raisedAt\n        lastEvaluatedAt\n        acknowledgedAt\n        ackNote\n        clearedAt\n        acknowledgedBy {\n          id\n          displayName\n        }\n        category {\n          id\n          name\n          parent {\n            id\n            name\n          }\n        }\n        announcement {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.AlertsDocument,
    "\n  query AlertRules {\n    alertRules {\n      id\n      kind\n      level\n      threshold\n      windowMinutes\n      minSamples\n      enabled\n      version\n    }\n  }\n": typeof types.AlertRulesDocument,
    "\n  mutation AcknowledgeAlert($input: AcknowledgeAlertInput!) {\n    acknowledgeAlert(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.AcknowledgeAlertDocument,
    "\n  mutation UpdateAlertRule($input: UpdateAlertRuleInput!) {\n    updateAlertRule(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateAlertRuleDocument,
    "\n  mutation OpenAnnouncementForAlert($input: OpenAnnouncementForAlertInput!) {\n    openAnnouncementForAlert(input: $input) {\n      id\n      announcement {\n        id\n        title\n      }\n    }\n  }\n": typeof types.OpenAnnouncementForAlertDocument,
    "\n  query Announcements($activeOnly: Boolean!, $first: Int, $after: String) {\n    announcements(activeOnly: $activeOnly, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        explanation\n        activeFrom\n        activeUntil\n        createdAt\n        version\n        ended\n        createdBy {\n          id\n          displayName\n        }\n        category {\n          id\n          name\n          parent {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AnnouncementsDocument,
    "\n  mutation CreateAnnouncement($input: CreateAnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateAnnouncementDocument,
    "\n  mutation UpdateAnnouncement($input: UpdateAnnouncementInput!) {\n    updateAnnouncement(input: $input) {\n      id\n      title\n      version\n    }\n  }\n": typeof types.UpdateAnnouncementDocument,
    "\n  mutation EndAnnouncement($input: EndAnnouncementInput!) {\n    endAnnouncement(input: $input) {\n      id\n      title\n      version\n      ended\n    }\n  }\n": typeof types.EndAnnouncementDocument,
    "\n  fragment ApprovalFields on Approval {\n    id\n    complaintId\n    complaintNumber\n    status\n    amountCents\n    wronglyChargedCents\n    approvedCents\n    resolution\n    requestedBy {\n      id\n      displayName\n    }\n    requestedAt\n    decidedBy {\n      id\n      displayName\n    }\n    decidedAt\n    decisionReason\n  }\n": typeof types.ApprovalFieldsFragmentDoc,
    "\n  query Approvals($status: ApprovalStatus, $first: Int, $after: String) {\n    approvals(status: $status, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ApprovalFields\n      }\n    }\n  }\n": typeof types.ApprovalsDocument,
    "\n  mutation DecideApproval($input: DecideApprovalInput!) {\n    decideApproval(input: $input) {\n      ...ApprovalFields\n    }\n  }\n": typeof types.DecideApprovalDocument,
    "\n  query MyAuthority {\n    myAuthority {\n      limitCents\n    }\n  }\n": typeof types.MyAuthorityDocument,
    "\n  fragment AuditVerificationFields on AuditVerification {\n    at\n    verdict\n    fromSeq\n    headSeq\n    checked\n    anchoredSeq\n    checkpoints\n    firstBadSeq\n    problemCode\n    problem\n    byName\n  }\n": typeof types.AuditVerificationFieldsFragmentDoc,
    "\n  query AuditChainStatus {\n    auditChainStatus {\n      headSeq\n      headAt\n      unanchored\n      keyId\n      lastCheckpoint {\n        seq\n        at\n        keyId\n        reason\n      }\n      lastVerification {\n        ...AuditVerificationFields\n      }\n    }\n  }\n": typeof types.AuditChainStatusDocument,
    "\n  mutation VerifyAuditChain {\n    verifyAuditChain {\n      ...AuditVerificationFields\n    }\n  }\n": typeof types.VerifyAuditChainDocument,
    "\n  query AuditLogs($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLogs(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        actorId\n        actorName\n        actorKind\n        action\n        outcome\n        targetType\n        targetId\n        customerId\n        fields\n        ip\n        requestId\n        detail\n      }\n    }\n  }\n": typeof types.AuditLogsDocument,
    "\n  mutation ExportAuditLogs($input: ExportAuditLogsInput!) {\n    exportAuditLogs(input: $input) {\n      filename\n      contentType\n      rowCount\n      csv\n      auditId\n    }\n  }\n": typeof types.ExportAuditLogsDocument,
    "\n  query ComplianceAlerts($state: [AlertState!], $first: Int, $after: String) {\n    complianceAlerts(state: $state, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        rule\n        actorName\n        actor {\n          id\n          username\n          displayName\n        }\n        state\n        value\n        threshold\n        windowMinutes\n        raisedAt\n        lastEvaluatedAt\n        acknowledgedAt\n        acknowledgedBy {\n          id\n          displayName\n        }\n        ackNote\n        clearedAt\n      }\n    }\n  }\n": typeof types.ComplianceAlertsDocument,
    "\n  query ComplianceRules {\n    complianceRules {\n      rule\n      enabled\n      threshold\n      windowMinutes\n      version\n      updatedAt\n    }\n  }\n": typeof types.ComplianceRulesDocument,
    "\n  mutation AcknowledgeComplianceAlert($input: AcknowledgeComplianceAlertInput!) {\n    acknowledgeComplianceAlert(input: $input) {\n      id\n      state\n      acknowledgedAt\n      ackNote\n    }\n  }\n": typeof types.AcknowledgeComplianceAlertDocument,
    "\n  mutation UpdateComplianceRule($input: UpdateComplianceRuleInput!) {\n    updateComplianceRule(input: $input) {\n      rule\n      enabled\n      threshold\n      windowMinutes\n      version\n      updatedAt\n    }\n  }\n": typeof types.UpdateComplianceRuleDocument,
    "\n  query CustomerErasures($status: ErasureStatus, $first: Int, $after: String) {\n    customerErasures(status: $status, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        customerId\n        status\n        reason\n        requestedBy {\n          id\n          username\n          displayName\n        }\n        requestedAt\n        decidedBy {\n          id\n          username\n          displayName\n        }\n        decidedAt\n        decisionReason\n        complaintsScrubbed\n      }\n    }\n  }\n": typeof types.CustomerErasuresDocument,
    "\n  mutation DecideCustomerErasure($input: DecideCustomerErasureInput!) {\n    decideCustomerErasure(input: $input) {\n      id\n      customerId\n      status\n      decidedAt\n      decisionReason\n      complaintsScrubbed\n    }\n  }\n": typeof types.DecideCustomerErasureDocument,
    "\n  query RetentionRules {\n    retentionRules {\n      recordClass\n      days\n      minDays\n      version\n      updatedAt\n      updatedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.RetentionRulesDocument,
    "\n  mutation UpdateRetentionRule($input: UpdateRetentionRuleInput!) {\n    updateRetentionRule(input: $input) {\n      recordClass\n      days\n      minDays\n      version\n      updatedAt\n    }\n  }\n": typeof types.UpdateRetentionRuleDocument,
    "\n  query CallbackQueue($first: Int, $after: String) {\n    callbackQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ComplaintListFields\n          version\n          resolvedAt\n          callbackAttempts\n          availableActions\n          sla {\n            currentStep\n            stepDueAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.CallbackQueueDocument,
    "\n  query ComplaintDetail($id: ID!) {\n    complaint(id: $id) {\n      ...ComplaintListFields\n      publicStatus\n      category {\n        defaultTeam {\n          id\n          name\n        }\n      }\n      description\n      customer {\n        idCardMasked\n        emailMasked\n        complaintCount\n      }\n      announcement {\n        id\n        title\n        explanation\n        ended\n      }\n      occurredAt\n      occurredPlace\n      productModel\n      productBatch\n      orderNumber\n      purchasedOn\n      shippedOn\n      arrivedOn\n      amountDisputedCents\n      refundRequestedCents\n      refundGrantedCents\n      responsibility\n      findings\n      resolution\n      satisfaction\n      callbackAttempts\n      repeatOf {\n        id\n        number\n        title\n      }\n      acceptedBy {\n        id\n        displayName\n      }\n      acceptedTeam {\n        id\n        name\n      }\n      version\n      escalatedAt\n      firstRepliedAt\n      resolvedAt\n      closedAt\n      timeline {\n        id\n        kind\n        actor {\n          id\n          displayName\n        }\n        visibility\n        fromStatus\n        toStatus\n        body\n        data\n        promisedReplyAt\n        createdAt\n      }\n      customerTimeline {\n        at\n        kind\n        publicStatus\n        body\n        promisedReplyAt\n      }\n      attachments {\n        id\n        filename\n        contentType\n        sizeBytes\n        url\n        inlineUrl\n        uploadedBy {\n          id\n          displayName\n        }\n        createdAt\n      }\n      usedKbVersion {\n        id\n        number\n        title\n        scenario\n        solution\n        category {\n          id\n          name\n        }\n        publishedAt\n      }\n      availableActions\n      approvals {\n        ...ApprovalFields\n      }\n      sla {\n        state\n        firstResponseDueAt\n        resolutionDueAt\n        currentStep\n        stepDueAt\n        remainingWorkingMinutes\n        pausedSince\n        nextDueAt\n      }\n    }\n  }\n": typeof types.ComplaintDetailDocument,
    "\n  query DetailSimilar($id: ID!, $first: Int) {\n    similarComplaints(complaintId: $id, first: $first) {\n      score\n      semantic\n      complaint {\n        ...ComplaintSummary\n      }\n    }\n  }\n": typeof types.DetailSimilarDocument,
    "\n  query DispatchTeams {\n    teams {\n      id\n      name\n      kind\n      parentId\n    }\n  }\n": typeof types.DispatchTeamsDocument,
    "\n  mutation DetailEscalate($input: EscalateComplaintInput!) {\n    escalateComplaint(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.DetailEscalateDocument,
    "\n  mutation DetailDispatch($input: DispatchComplaintInput!) {\n    dispatchComplaint(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.DetailDispatchDocument,
    "\n  mutation DetailInvestigate($input: RecordInvestigationInput!) {\n    recordInvestigation(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.DetailInvestigateDocument,
    "\n  mutation DetailPropose($input: ProposeResolutionInput!) {\n    proposeResolution(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.DetailProposeDocument,
    "\n  mutation DetailResolve($input: ResolveComplaintInput!) {\n    resolveComplaint(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.DetailResolveDocument,
    "\n  mutation DetailCallback($input: RecordCallbackInput!) {\n    recordCallback(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.DetailCallbackDocument,
    "\n  mutation DetailCallbackAttempt($input: RecordCallbackAttemptInput!) {\n    recordCallbackAttempt(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.DetailCallbackAttemptDocument,
    "\n  mutation DetailReturn($input: ReturnComplaintInput!) {\n    returnComplaint(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.DetailReturnDocument,
    "\n  mutation DetailReopen($input: ReopenComplaintInput!) {\n    reopenComplaint(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.DetailReopenDocument,
    "\n  mutation DetailClose($input: CloseComplaintInput!) {\n    closeComplaint(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.DetailCloseDocument,
    "\n  mutation DetailAddNote($input: AddComplaintNoteInput!) {\n    addComplaintNote(input: $input) {\n      id\n    }\n  }\n": typeof types.DetailAddNoteDocument,
    "\n  mutation DetailMarkRepeat($input: MarkRepeatInput!) {\n    markRepeat(input: $input) {\n      id\n      repeatOfId\n      version\n    }\n  }\n": typeof types.DetailMarkRepeatDocument,
    "\n  mutation DetailRevealContact($input: RevealCustomerContactInput!) {\n    revealCustomerContact(input: $input) {\n      customerId\n      name\n      phone\n      idCard\n      email\n      auditId\n    }\n  }\n": typeof types.DetailRevealContactDocument,
    "\n  mutation DetailEraseCustomer($input: EraseCustomerInput!) {\n    eraseCustomer(input: $input) {\n      id\n      customerId\n      status\n      requestedAt\n    }\n  }\n": typeof types.DetailEraseCustomerDocument,
    "\n  mutation DetailUploadAttachment($input: UploadAttachmentInput!) {\n    uploadAttachment(input: $input) {\n      id\n      filename\n      contentType\n      sizeBytes\n      url\n    }\n  }\n": typeof types.DetailUploadAttachmentDocument,
    "\n  mutation DetailUpdateComplaint($input: UpdateComplaintInput!) {\n    updateComplaint(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.DetailUpdateComplaintDocument,
    "\n  mutation DetailAssignComplaint($input: AssignComplaintInput!) {\n    assignComplaint(input: $input) {\n      id\n      version\n      assignee {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.DetailAssignComplaintDocument,
    "\n  mutation DetailPauseClock($input: ClockChangeInput!) {\n    pauseClock(input: $input) {\n      id\n      version\n      sla {\n        state\n      }\n    }\n  }\n": typeof types.DetailPauseClockDocument,
    "\n  mutation DetailResumeClock($input: ClockChangeInput!) {\n    resumeClock(input: $input) {\n      id\n      version\n      sla {\n        state\n      }\n    }\n  }\n": typeof types.DetailResumeClockDocument,
    "\n  query ComplaintQueue(\n    $filter: ComplaintFilter\n    $first: Int\n    $after: String\n    $orderBy: ComplaintOrder\n    $withAnnouncement: Boolean! = false\n  ) {\n    complaints(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ComplaintListFields\n          announcement @include(if: $withAnnouncement) {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.ComplaintQueueDocument,
    "\n  query ComplaintStats($filter: ComplaintStatsFilter) {\n    complaintStats(filter: $filter) {\n      from\n      to\n      total\n      open\n      resolved\n      closed\n      repeats\n      major\n      reopened\n      satisfactionCount\n      satisfactionAverage\n      satisfiedRate\n      byDay {\n        day\n        count\n      }\n      byCategory {\n        count\n        category {\n          id\n          name\n          parent {\n            id\n            name\n          }\n        }\n      }\n      byChannel {\n        channel\n        count\n      }\n      byStatus {\n        status\n        count\n      }\n      bySatisfaction {\n        score\n        count\n      }\n    }\n  }\n": typeof types.ComplaintStatsDocument,
    "\n  subscription DashboardChanged {\n    dashboardChanged {\n      at\n    }\n  }\n": typeof types.DashboardChangedDocument,
    "\n  fragment KpiRowFields on KpiRow {\n    key\n    label\n    volume\n    responseTimelinessRate\n    stepTimeoutRate\n    firstContactResolutionRate\n    timelyCompletionRate\n    satisfactionAverage\n    satisfactionDistribution {\n      score\n      count\n    }\n    callbackRate\n    repeatRate\n    reopenRate\n    averageHandlingHours\n    majorCount\n    perTenThousandCustomers\n    checks {\n      metric\n      verdict\n    }\n  }\n": typeof types.KpiRowFieldsFragmentDoc,
    "\n  query Kpis($from: DateTime, $to: DateTime, $groupBy: [KpiGroupBy!]!) {\n    kpis(from: $from, to: $to, groupBy: $groupBy) {\n      from\n      to\n      total {\n        ...KpiRowFields\n      }\n      groups {\n        by\n        rows {\n          ...KpiRowFields\n        }\n      }\n    }\n  }\n": typeof types.KpisDocument,
    "\n  query IntakeCustomerByPhone($phone: String!, $historyFirst: Int!) {\n    customerByPhone(phone: $phone) {\n      id\n      nameMasked\n      phoneMasked\n      complaintCount\n      complaints(first: $historyFirst) {\n        nodes {\n          ...ComplaintSummary\n        }\n      }\n    }\n  }\n": typeof types.IntakeCustomerByPhoneDocument,
    "\n  query IntakeKbSearch($query: String!, $first: Int, $boost: ID) {\n    kbSearch(query: $query, first: $first, filter: { boostCategoryId: $boost }) {\n      searchId\n      total\n      totalIsExact\n      hits {\n        score\n        snippet\n        highlights {\n          start\n          end\n        }\n        article {\n          id\n        }\n        version {\n          id\n          number\n          title\n          category {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.IntakeKbSearchDocument,
    "\n  query IntakeSimilar($text: String!, $categoryId: ID, $first: Int) {\n    similarComplaints(text: $text, categoryId: $categoryId, first: $first) {\n      score\n      semantic\n      complaint {\n        ...ComplaintSummary\n      }\n    }\n  }\n": typeof types.IntakeSimilarDocument,
    "\n  query IntakeSuggestions($text: String!) {\n    intakeSuggestions(text: $text) {\n      categories {\n        share\n        category {\n          id\n          name\n        }\n      }\n      priority {\n        priority\n        share\n      }\n      team {\n        share\n        team {\n          id\n          name\n        }\n      }\n      draftReply\n      resolved {\n        status\n        resolution\n        kbArticleId\n        kbArticleTitle\n        resolvedAt\n        category {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.IntakeSuggestionsDocument,
    "\n  query IntakeAnnouncements {\n    announcements(activeOnly: true, first: 100) {\n      nodes {\n        id\n        title\n        explanation\n        category {\n          id\n          parentId\n        }\n      }\n    }\n  }\n": typeof types.IntakeAnnouncementsDocument,
    "\n  mutation IntakeCreateComplaint($input: CreateComplaintInput!) {\n    createComplaint(input: $input) {\n      complaint {\n        id\n        number\n        version\n      }\n      customerMessage\n      possibleRepeats {\n        id\n        number\n        status\n        title\n        createdAt\n      }\n    }\n  }\n": typeof types.IntakeCreateComplaintDocument,
    "\n  query KbSearchSummary($from: DateTime) {\n    kbSearchSummary(from: $from) {\n      searches\n      distinctQueries\n      zeroResult\n      opened\n      used\n      zeroResultRate\n      openRate\n      useRate\n      semanticSearch\n    }\n  }\n": typeof types.KbSearchSummaryDocument,
    "\n  query KbQueryStats($kind: KbQueryStatKind!, $from: DateTime, $first: Int, $after: String) {\n    kbQueryStats(kind: $kind, from: $from, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        query\n        searches\n        averageResults\n        opened\n        used\n        lastSearchedAt\n      }\n    }\n  }\n": typeof types.KbQueryStatsDocument,
    "\n  query KbArticlesNeverFound($from: DateTime, $first: Int, $after: String) {\n    kbArticlesNeverFound(from: $from, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        publishedAt\n        published {\n          id\n          title\n          category {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.KbArticlesNeverFoundDocument,
    "\n  mutation RecordKbSearchOpen($input: RecordKbSearchOpenInput!) {\n    recordKbSearchOpen(input: $input)\n  }\n": typeof types.RecordKbSearchOpenDocument,
    "\n  query KbSuggest($prefix: String!) {\n    kbSuggest(prefix: $prefix) {\n      articleId\n      title\n    }\n  }\n": typeof types.KbSuggestDocument,
    "\n  query KbSearch($query: String!, $filter: KbSearchFilter, $first: Int, $after: String, $withFacets: Boolean! = true) {\n    kbSearch(query: $query, filter: $filter, first: $first, after: $after) {\n      searchId\n      total\n      endCursor\n      hasNextPage\n      facets @include(if: $withFacets) {\n        count\n        category {\n          id\n          name\n        }\n      }\n      hits {\n        score\n        snippet\n        highlights {\n          start\n          end\n        }\n        article {\n          id\n          status\n          updatedAt\n        }\n        version {\n          id\n          number\n          title\n          tags\n          category {\n            id\n            name\n            parent {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.KbSearchDocument,
    "\n  query KbArticles($filter: KbArticleFilter, $first: Int, $after: String) {\n    kbArticles(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        updatedAt\n        publishedAt\n        author {\n          id\n          displayName\n        }\n        latest {\n          id\n          number\n          title\n          scenario\n          tags\n          category {\n            id\n            name\n            parent {\n              id\n              name\n            }\n          }\n        }\n        published {\n          id\n          number\n          title\n          scenario\n          tags\n          category {\n            id\n            name\n            parent {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.KbArticlesDocument,
    "\n  fragment KbVersionFields on KbVersion {\n    id\n    number\n    title\n    scenario\n    solution\n    caveats\n    tags\n    relatedIds\n    createdAt\n    publishedAt\n    category {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n    editor {\n      id\n      displayName\n    }\n    reviewer {\n      id\n      displayName\n    }\n  }\n": typeof types.KbVersionFieldsFragmentDoc,
    "\n  query KbArticle($id: ID!) {\n    kbArticle(id: $id) {\n      id\n      status\n      version\n      createdAt\n      updatedAt\n      publishedAt\n      author {\n        id\n        displayName\n      }\n      reviewer {\n        id\n        displayName\n      }\n      published {\n        ...KbVersionFields\n      }\n      latest {\n        ...KbVersionFields\n      }\n      versions {\n        ...KbVersionFields\n      }\n    }\n  }\n": typeof types.KbArticleDocument,
    "\n  query KbArticleTitle($id: ID!) {\n    kbArticle(id: $id) {\n      id\n      status\n      published {\n        id\n        title\n      }\n      latest {\n        id\n        title\n      }\n    }\n  }\n": typeof types.KbArticleTitleDocument,
    "\n  mutation CreateKbArticle($input: CreateKbArticleInput!) {\n    createKbArticle(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.CreateKbArticleDocument,
    "\n  mutation UpdateKbArticle($input: UpdateKbArticleInput!) {\n    updateKbArticle(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.UpdateKbArticleDocument,
    "\n  mutation SubmitKbArticle($input: KbArticleStepInput!) {\n    submitKbArticle(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.SubmitKbArticleDocument,
    "\n  mutation PublishKbArticle($input: KbArticleStepInput!) {\n    publishKbArticle(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.PublishKbArticleDocument,
    "\n  mutation ArchiveKbArticle($input: KbArticleStepInput!) {\n    archiveKbArticle(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ArchiveKbArticleDocument,
    "\n  fragment KbSynonymFields on KbSynonym {\n    id\n    kind\n    terms\n    source\n    note\n    version\n    updatedAt\n    updatedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.KbSynonymFieldsFragmentDoc,
    "\n  query KbSynonyms($filter: KbSynonymFilter, $first: Int, $after: String) {\n    kbSynonyms(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...KbSynonymFields\n      }\n    }\n  }\n": typeof types.KbSynonymsDocument,
    "\n  query KbSynonymPreview($query: String!) {\n    kbSynonymPreview(query: $query) {\n      normalized\n      expansions\n    }\n  }\n": typeof types.KbSynonymPreviewDocument,
    "\n  mutation SaveKbSynonym($input: SaveKbSynonymInput!) {\n    saveKbSynonym(input: $input) {\n      ...KbSynonymFields\n    }\n  }\n": typeof types.SaveKbSynonymDocument,
    "\n  mutation DeleteKbSynonym($input: DeleteKbSynonymInput!) {\n    deleteKbSynonym(input: $input)\n  }\n": typeof types.DeleteKbSynonymDocument,
    "\n  query MajorComplaints($filter: ComplaintFilter, $first: Int) {\n    complaints(filter: $filter, first: $first, orderBy: OLDEST) {\n      totalCount\n      nodes {\n        id\n        number\n        title\n        status\n        createdAt\n      }\n    }\n  }\n": typeof types.MajorComplaintsDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      user {\n        id\n        username\n        displayName\n        roles\n        team {\n          id\n          name\n        }\n      }\n      permissions\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query PromiseDate($from: DateTime!, $days: Int!, $teamId: ID) {\n    workingDeadlineDetails(from: $from, workingDays: $days, teamId: $teamId) {\n      at\n      calendarName\n      missingHolidayYears\n    }\n  }\n": types.PromiseDateDocument,
    "\n  query AssignableUsers($teamId: ID!) {\n    assignableUsers(teamId: $teamId) {\n      id\n      displayName\n    }\n  }\n": types.AssignableUsersDocument,
    "\n  query Categories {\n    categories {\n      id\n      code\n      name\n      parentId\n    }\n  }\n": types.CategoriesDocument,
    "\n  fragment ComplaintSummary on Complaint {\n    id\n    number\n    title\n    status\n    createdAt\n  }\n": types.ComplaintSummaryFragmentDoc,
    "\n  fragment ComplaintListFields on Complaint {\n    id\n    number\n    title\n    status\n    channel\n    priority\n    isMajor\n    repeatOfId\n    reopenCount\n    category {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n    customer {\n      id\n      nameMasked\n      phoneMasked\n    }\n    assignee {\n      id\n      displayName\n    }\n    team {\n      id\n      name\n    }\n    createdAt\n    updatedAt\n    sla {\n      state\n      nextDueAt\n    }\n  }\n": types.ComplaintListFieldsFragmentDoc,
    "\n  query RoleNames {\n    roles {\n      code\n      name\n    }\n  }\n": types.RoleNamesDocument,
    "\n  mutation ChangeOwnPassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangeOwnPasswordDocument,
    "\n  subscription NotificationFeed {\n    notifications {\n      unreadCount\n      notification {\n        id\n      }\n    }\n  }\n": types.NotificationFeedDocument,
    "\n  query NotificationList($first: Int) {\n    notifications(first: $first) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          complaintId\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": types.NotificationListDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query AdminCalendars {\n    calendars {\n      id\n      name\n      isDefault\n      officialHolidays\n      version\n      zone\n      teamIds\n      holidayYears\n      weekend\n      shifts {\n        start\n        end\n      }\n    }\n    holidayYears {\n      year\n      source\n      holidays {\n        name\n        start\n        end\n        makeupWorkdays\n      }\n    }\n    teams {\n      id\n      name\n    }\n  }\n": types.AdminCalendarsDocument,
    "\n  mutation CreateCalendar($input: CreateCalendarInput!) {\n    createCalendar(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateCalendarDocument,
    "\n  mutation UpdateCalendar($input: UpdateCalendarInput!) {\n    updateCalendar(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.UpdateCalendarDocument,
    "\n  mutation SetTeamCalendar($input: SetTeamCalendarInput!) {\n    setTeamCalendar(input: $input) {\n      id\n      name\n    }\n  }\n": types.SetTeamCalendarDocument,
    "\n  mutation ImportHolidayYear($input: ImportHolidayYearInput!) {\n    importHolidayYear(input: $input) {\n      replaced\n      year {\n        year\n      }\n    }\n  }\n": types.ImportHolidayYearDocument,
    "\n  fragment MajorCriteriaFields on MajorCriteria {\n    amountOverCents\n    channels\n    repeatSameIssue\n    announcementCountOver\n    version\n    updatedAt\n    updatedBy {\n      id\n      displayName\n    }\n  }\n": types.MajorCriteriaFieldsFragmentDoc,
    "\n  query AdminMajorCriteria {\n    majorCriteria {\n      ...MajorCriteriaFields\n    }\n  }\n": types.AdminMajorCriteriaDocument,
    "\n  mutation UpdateMajorCriteria($input: UpdateMajorCriteriaInput!) {\n    updateMajorCriteria(input: $input) {\n      ...MajorCriteriaFields\n    }\n  }\n": types.UpdateMajorCriteriaDocument,
    "\n  query AdminUsers($first: Int, $after: String) {\n    users(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        username\n        displayName\n        active\n        roles\n        createdAt\n        team {\n          id\n          name\n        }\n        absent\n        backup {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  query AdminRoles {\n    roles {\n      id\n      code\n      name\n      builtin\n      authorityLimitCents\n      permissions\n    }\n    permissions {\n      code\n      label\n    }\n  }\n": types.AdminRolesDocument,
    "\n  query AdminTeams {\n    teams {\n      id\n      name\n      kind\n      parentId\n    }\n  }\n": types.AdminTeamsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      username\n      displayName\n      active\n      roles\n      team {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation SetUserRoster($input: SetUserRosterInput!) {\n    setUserRoster(input: $input) {\n      user {\n        id\n        absent\n        backup {\n          id\n          displayName\n        }\n      }\n      handedOver\n      handedTo {\n        id\n        displayName\n      }\n    }\n  }\n": types.SetUserRosterDocument,
    "\n  mutation ResetUserPassword($input: ResetPasswordInput!) {\n    resetUserPassword(input: $input)\n  }\n": types.ResetUserPasswordDocument,
    "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      id\n      code\n    }\n  }\n": types.CreateRoleDocument,
    "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      id\n      code\n      name\n      permissions\n    }\n  }\n": types.UpdateRoleDocument,
    "\n  mutation SetRoleAuthorityLimit($input: SetRoleAuthorityLimitInput!) {\n    setRoleAuthorityLimit(input: $input) {\n      id\n      code\n      authorityLimitCents\n    }\n  }\n": types.SetRoleAuthorityLimitDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateTeamDocument,
    "\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      id\n      name\n      kind\n      parentId\n    }\n  }\n": types.UpdateTeamDocument,
    "\n  query AdminCategories {\n    categories(includeInactive: true) {\n      id\n      code\n      name\n      parentId\n      active\n      defaultTeam {\n        id\n        name\n      }\n    }\n  }\n": types.AdminCategoriesDocument,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateCategoryDocument,
    "\n  mutation UpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      id\n      name\n      active\n    }\n  }\n": types.UpdateCategoryDocument,
    "\n  fragment RoutingRuleFields on RoutingRule {\n    id\n    position\n    name\n    active\n    conditions {\n      categories {\n        id\n        name\n        parent {\n          name\n        }\n      }\n      channels\n      priorities\n      productModel\n      amountMinCents\n      amountMaxCents\n      minEarlierComplaints\n      major\n    }\n    team {\n      id\n      name\n    }\n    assignMode\n    version\n    updatedAt\n    updatedBy {\n      id\n      displayName\n    }\n  }\n": types.RoutingRuleFieldsFragmentDoc,
    "\n  query AdminRoutingRules {\n    routingRules(first: 500) {\n      totalCount\n      nodes {\n        ...RoutingRuleFields\n      }\n    }\n  }\n": types.AdminRoutingRulesDocument,
    "\n  mutation SaveRoutingRule($input: SaveRoutingRuleInput!) {\n    saveRoutingRule(input: $input) {\n      ...RoutingRuleFields\n    }\n  }\n": types.SaveRoutingRuleDocument,
    "\n  mutation DeleteRoutingRule($input: DeleteRoutingRuleInput!) {\n    deleteRoutingRule(input: $input)\n  }\n": types.DeleteRoutingRuleDocument,
    "\n  mutation ReorderRoutingRules($input: ReorderRoutingRulesInput!) {\n    reorderRoutingRules(input: $input) {\n      id\n      position\n      version\n    }\n  }\n": types.ReorderRoutingRulesDocument,
    "\n  query RouteDryRun($input: RouteDryRunInput!) {\n    routeDryRun(input: $input) {\n      rule {\n        id\n        name\n        position\n      }\n      team {\n        id\n        name\n      }\n      assignee {\n        id\n        displayName\n      }\n      insteadOf {\n        id\n        displayName\n      }\n      tried {\n        ruleId\n        ruleName\n        misses\n      }\n      summary\n    }\n  }\n": types.RouteDryRunDocument,
    "\n  fragment SlaPolicyFields on SlaPolicy {\n    id\n    categoryId\n    priority\n    firstResponse {\n      value\n      unit\n    }\n    resolution {\n      value\n      unit\n    }\n    escalation {\n      value\n      unit\n    }\n    investigation {\n      value\n      unit\n    }\n    callback {\n      value\n      unit\n    }\n    version\n    updatedAt\n  }\n": types.SlaPolicyFieldsFragmentDoc,
    "\n  query AdminSlaPolicies {\n    slaPolicies {\n      ...SlaPolicyFields\n    }\n  }\n": types.AdminSlaPoliciesDocument,
    "\n  mutation SaveSlaPolicy($input: SaveSlaPolicyInput!) {\n    saveSlaPolicy(input: $input) {\n      ...SlaPolicyFields\n    }\n  }\n": types.SaveSlaPolicyDocument,
    "\n  query Alerts($state: [AlertState!], $first: Int, $after: String) {\n    alerts(state: $state, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        level\n        kind\n        state\n        scope\n        step\n        value\n        threshold\n        raisedAt\n        lastEvaluatedAt\n        acknowledgedAt\n        ackNote\n        clearedAt\n        acknowledgedBy {\n          id\n          displayName\n        }\n        category {\n          id\n          name\n          parent {\n            id\n            name\n          }\n        }\n        announcement {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.AlertsDocument,
    "\n  query AlertRules {\n    alertRules {\n      id\n      kind\n      level\n      threshold\n      windowMinutes\n      minSamples\n      enabled\n      version\n    }\n  }\n": types.AlertRulesDocument,
    "\n  mutation AcknowledgeAlert($input: AcknowledgeAlertInput!) {\n    acknowledgeAlert(input: $input) {\n      id\n      state\n    }\n  }\n": types.AcknowledgeAlertDocument,
    "\n  mutation UpdateAlertRule($input: UpdateAlertRuleInput!) {\n    updateAlertRule(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateAlertRuleDocument,
    "\n  mutation OpenAnnouncementForAlert($input: OpenAnnouncementForAlertInput!) {\n    openAnnouncementForAlert(input: $input) {\n      id\n      announcement {\n        id\n        title\n      }\n    }\n  }\n": types.OpenAnnouncementForAlertDocument,
    "\n  query Announcements($activeOnly: Boolean!, $first: Int, $after: String) {\n    announcements(activeOnly: $activeOnly, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        explanation\n        activeFrom\n        activeUntil\n        createdAt\n        version\n        ended\n        createdBy {\n          id\n          displayName\n        }\n        category {\n          id\n          name\n          parent {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AnnouncementsDocument,
    "\n  mutation CreateAnnouncement($input: CreateAnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateAnnouncementDocument,
    "\n  mutation UpdateAnnouncement($input: UpdateAnnouncementInput!) {\n    updateAnnouncement(input: $input) {\n      id\n      title\n      version\n    }\n  }\n": types.UpdateAnnouncementDocument,
    "\n  mutation EndAnnouncement($input: EndAnnouncementInput!) {\n    endAnnouncement(input: $input) {\n      id\n      title\n      version\n      ended\n    }\n  }\n": types.EndAnnouncementDocument,
    "\n  fragment ApprovalFields on Approval {\n    id\n    complaintId\n    complaintNumber\n    status\n    amountCents\n    wronglyChargedCents\n    approvedCents\n    resolution\n    requestedBy {\n      id\n      displayName\n    }\n    requestedAt\n    decidedBy {\n      id\n      displayName\n    }\n    decidedAt\n    decisionReason\n  }\n": types.ApprovalFieldsFragmentDoc,
    "\n  query Approvals($status: ApprovalStatus, $first: Int, $after: String) {\n    approvals(status: $status, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ApprovalFields\n      }\n    }\n  }\n": types.ApprovalsDocument,
    "\n  mutation DecideApproval($input: DecideApprovalInput!) {\n    decideApproval(input: $input) {\n      ...ApprovalFields\n    }\n  }\n": types.DecideApprovalDocument,
    "\n  query MyAuthority {\n    myAuthority {\n      limitCents\n    }\n  }\n": types.MyAuthorityDocument,
    "\n  fragment AuditVerificationFields on AuditVerification {\n    at\n    verdict\n    fromSeq\n    headSeq\n    checked\n    anchoredSeq\n    checkpoints\n    firstBadSeq\n    problemCode\n    problem\n    byName\n  }\n": types.AuditVerificationFieldsFragmentDoc,
    "\n  query AuditChainStatus {\n    auditChainStatus {\n      headSeq\n      headAt\n      unanchored\n      keyId\n      lastCheckpoint {\n        seq\n        at\n        keyId\n        reason\n      }\n      lastVerification {\n        ...AuditVerificationFields\n      }\n    }\n  }\n": types.AuditChainStatusDocument,
    "\n  mutation VerifyAuditChain {\n    verifyAuditChain {\n      ...AuditVerificationFields\n    }\n  }\n": types.VerifyAuditChainDocument,
    "\n  query AuditLogs($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLogs(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        actorId\n        actorName\n        actorKind\n        action\n        outcome\n        targetType\n        targetId\n        customerId\n        fields\n        ip\n        requestId\n        detail\n      }\n    }\n  }\n": types.AuditLogsDocument,
    "\n  mutation ExportAuditLogs($input: ExportAuditLogsInput!) {\n    exportAuditLogs(input: $input) {\n      filename\n      contentType\n      rowCount\n      csv\n      auditId\n    }\n  }\n": types.ExportAuditLogsDocument,
    "\n  query ComplianceAlerts($state: [AlertState!], $first: Int, $after: String) {\n    complianceAlerts(state: $state, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        rule\n        actorName\n        actor {\n          id\n          username\n          displayName\n        }\n        state\n        value\n        threshold\n        windowMinutes\n        raisedAt\n        lastEvaluatedAt\n        acknowledgedAt\n        acknowledgedBy {\n          id\n          displayName\n        }\n        ackNote\n        clearedAt\n      }\n    }\n  }\n": types.ComplianceAlertsDocument,
    "\n  query ComplianceRules {\n    complianceRules {\n      rule\n      enabled\n      threshold\n      windowMinutes\n      version\n      updatedAt\n    }\n  }\n": types.ComplianceRulesDocument,
    "\n  mutation AcknowledgeComplianceAlert($input: AcknowledgeComplianceAlertInput!) {\n    acknowledgeComplianceAlert(input: $input) {\n      id\n      state\n      acknowledgedAt\n      ackNote\n    }\n  }\n": types.AcknowledgeComplianceAlertDocument,
    "\n  mutation UpdateComplianceRule($input: UpdateComplianceRuleInput!) {\n    updateComplianceRule(input: $input) {\n      rule\n      enabled\n      threshold\n      windowMinutes\n      version\n      updatedAt\n    }\n  }\n": types.UpdateComplianceRuleDocument,
    "\n  query CustomerErasures($status: ErasureStatus, $first: Int, $after: String) {\n    customerErasures(status: $status, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        customerId\n        status\n        reason\n        requestedBy {\n          id\n          username\n          displayName\n        }\n        requestedAt\n        decidedBy {\n          id\n          username\n          displayName\n        }\n        decidedAt\n        decisionReason\n        complaintsScrubbed\n      }\n    }\n  }\n": types.CustomerErasuresDocument,
    "\n  mutation DecideCustomerErasure($input: DecideCustomerErasureInput!) {\n    decideCustomerErasure(input: $input) {\n      id\n      customerId\n      status\n      decidedAt\n      decisionReason\n      complaintsScrubbed\n    }\n  }\n": types.DecideCustomerErasureDocument,
    "\n  query RetentionRules {\n    retentionRules {\n      recordClass\n      days\n      minDays\n      version\n      updatedAt\n      updatedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.RetentionRulesDocument,
    "\n  mutation UpdateRetentionRule($input: UpdateRetentionRuleInput!) {\n    updateRetentionRule(input: $input) {\n      recordClass\n      days\n      minDays\n      version\n      updatedAt\n    }\n  }\n": types.UpdateRetentionRuleDocument,
    "\n  query CallbackQueue($first: Int, $after: String) {\n    callbackQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ComplaintListFields\n          version\n          resolvedAt\n          callbackAttempts\n          availableActions\n          sla {\n            currentStep\n            stepDueAt\n          }\n        }\n      }\n    }\n  }\n": types.CallbackQueueDocument,
    "\n  query ComplaintDetail($id: ID!) {\n    complaint(id: $id) {\n      ...ComplaintListFields\n      publicStatus\n      category {\n        defaultTeam {\n          id\n          name\n        }\n      }\n      description\n      customer {\n        idCardMasked\n        emailMasked\n        complaintCount\n      }\n      announcement {\n        id\n        title\n        explanation\n        ended\n      }\n      occurredAt\n      occurredPlace\n      productModel\n      productBatch\n      orderNumber\n      purchasedOn\n      shippedOn\n      arrivedOn\n      amountDisputedCents\n      refundRequestedCents\n      refundGrantedCents\n      responsibility\n      findings\n      resolution\n      satisfaction\n      callbackAttempts\n      repeatOf {\n        id\n        number\n        title\n      }\n      acceptedBy {\n        id\n        displayName\n      }\n      acceptedTeam {\n        id\n        name\n      }\n      version\n      escalatedAt\n      firstRepliedAt\n      resolvedAt\n      closedAt\n      timeline {\n        id\n        kind\n        actor {\n          id\n          displayName\n        }\n        visibility\n        fromStatus\n        toStatus\n        body\n        data\n        promisedReplyAt\n        createdAt\n      }\n      customerTimeline {\n        at\n        kind\n        publicStatus\n        body\n        promisedReplyAt\n      }\n      attachments {\n        id\n        filename\n        contentType\n        sizeBytes\n        url\n        inlineUrl\n        uploadedBy {\n          id\n          displayName\n        }\n        createdAt\n      }\n      usedKbVersion {\n        id\n        number\n        title\n        scenario\n        solution\n        category {\n          id\n          name\n        }\n        publishedAt\n      }\n      availableActions\n      approvals {\n        ...ApprovalFields\n      }\n      sla {\n        state\n        firstResponseDueAt\n        resolutionDueAt\n        currentStep\n        stepDueAt\n        remainingWorkingMinutes\n        pausedSince\n        nextDueAt\n      }\n    }\n  }\n": types.ComplaintDetailDocument,
    "\n  query DetailSimilar($id: ID!, $first: Int) {\n    similarComplaints(complaintId: $id, first: $first) {\n      score\n      semantic\n      complaint {\n        ...ComplaintSummary\n      }\n    }\n  }\n": types.DetailSimilarDocument,
    "\n  query DispatchTeams {\n    teams {\n      id\n      name\n      kind\n      parentId\n    }\n  }\n": types.DispatchTeamsDocument,
    "\n  mutation DetailEscalate($input: EscalateComplaintInput!) {\n    escalateComplaint(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.DetailEscalateDocument,
    "\n  mutation DetailDispatch($input: DispatchComplaintInput!) {\n    dispatchComplaint(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.DetailDispatchDocument,
    "\n  mutation DetailInvestigate($input: RecordInvestigationInput!) {\n    recordInvestigation(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.DetailInvestigateDocument,
    "\n  mutation DetailPropose($input: ProposeResolutionInput!) {\n    proposeResolution(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.DetailProposeDocument,
    "\n  mutation DetailResolve($input: ResolveComplaintInput!) {\n    resolveComplaint(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.DetailResolveDocument,
    "\n  mutation DetailCallback($input: RecordCallbackInput!) {\n    recordCallback(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.DetailCallbackDocument,
    "\n  mutation DetailCallbackAttempt($input: RecordCallbackAttemptInput!) {\n    recordCallbackAttempt(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.DetailCallbackAttemptDocument,
    "\n  mutation DetailReturn($input: ReturnComplaintInput!) {\n    returnComplaint(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.DetailReturnDocument,
    "\n  mutation DetailReopen($input: ReopenComplaintInput!) {\n    reopenComplaint(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.DetailReopenDocument,
    "\n  mutation DetailClose($input: CloseComplaintInput!) {\n    closeComplaint(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.DetailCloseDocument,
    "\n  mutation DetailAddNote($input: AddComplaintNoteInput!) {\n    addComplaintNote(input: $input) {\n      id\n    }\n  }\n": types.DetailAddNoteDocument,
    "\n  mutation DetailMarkRepeat($input: MarkRepeatInput!) {\n    markRepeat(input: $input) {\n      id\n      repeatOfId\n      version\n    }\n  }\n": types.DetailMarkRepeatDocument,
    "\n  mutation DetailRevealContact($input: RevealCustomerContactInput!) {\n    revealCustomerContact(input: $input) {\n      customerId\n      name\n      phone\n      idCard\n      email\n      auditId\n    }\n  }\n": types.DetailRevealContactDocument,
    "\n  mutation DetailEraseCustomer($input: EraseCustomerInput!) {\n    eraseCustomer(input: $input) {\n      id\n      customerId\n      status\n      requestedAt\n    }\n  }\n": types.DetailEraseCustomerDocument,
    "\n  mutation DetailUploadAttachment($input: UploadAttachmentInput!) {\n    uploadAttachment(input: $input) {\n      id\n      filename\n      contentType\n      sizeBytes\n      url\n    }\n  }\n": types.DetailUploadAttachmentDocument,
    "\n  mutation DetailUpdateComplaint($input: UpdateComplaintInput!) {\n    updateComplaint(input: $input) {\n      id\n      version\n    }\n  }\n": types.DetailUpdateComplaintDocument,
    "\n  mutation DetailAssignComplaint($input: AssignComplaintInput!) {\n    assignComplaint(input: $input) {\n      id\n      version\n      assignee {\n        id\n        displayName\n      }\n    }\n  }\n": types.DetailAssignComplaintDocument,
    "\n  mutation DetailPauseClock($input: ClockChangeInput!) {\n    pauseClock(input: $input) {\n      id\n      version\n      sla {\n        state\n      }\n    }\n  }\n": types.DetailPauseClockDocument,
    "\n  mutation DetailResumeClock($input: ClockChangeInput!) {\n    resumeClock(input: $input) {\n      id\n      version\n      sla {\n        state\n      }\n    }\n  }\n": types.DetailResumeClockDocument,
    "\n  query ComplaintQueue(\n    $filter: ComplaintFilter\n    $first: Int\n    $after: String\n    $orderBy: ComplaintOrder\n    $withAnnouncement: Boolean! = false\n  ) {\n    complaints(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ComplaintListFields\n          announcement @include(if: $withAnnouncement) {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.ComplaintQueueDocument,
    "\n  query ComplaintStats($filter: ComplaintStatsFilter) {\n    complaintStats(filter: $filter) {\n      from\n      to\n      total\n      open\n      resolved\n      closed\n      repeats\n      major\n      reopened\n      satisfactionCount\n      satisfactionAverage\n      satisfiedRate\n      byDay {\n        day\n        count\n      }\n      byCategory {\n        count\n        category {\n          id\n          name\n          parent {\n            id\n            name\n          }\n        }\n      }\n      byChannel {\n        channel\n        count\n      }\n      byStatus {\n        status\n        count\n      }\n      bySatisfaction {\n        score\n        count\n      }\n    }\n  }\n": types.ComplaintStatsDocument,
    "\n  subscription DashboardChanged {\n    dashboardChanged {\n      at\n    }\n  }\n": types.DashboardChangedDocument,
    "\n  fragment KpiRowFields on KpiRow {\n    key\n    label\n    volume\n    responseTimelinessRate\n    stepTimeoutRate\n    firstContactResolutionRate\n    timelyCompletionRate\n    satisfactionAverage\n    satisfactionDistribution {\n      score\n      count\n    }\n    callbackRate\n    repeatRate\n    reopenRate\n    averageHandlingHours\n    majorCount\n    perTenThousandCustomers\n    checks {\n      metric\n      verdict\n    }\n  }\n": types.KpiRowFieldsFragmentDoc,
    "\n  query Kpis($from: DateTime, $to: DateTime, $groupBy: [KpiGroupBy!]!) {\n    kpis(from: $from, to: $to, groupBy: $groupBy) {\n      from\n      to\n      total {\n        ...KpiRowFields\n      }\n      groups {\n        by\n        rows {\n          ...KpiRowFields\n        }\n      }\n    }\n  }\n": types.KpisDocument,
    "\n  query IntakeCustomerByPhone($phone: String!, $historyFirst: Int!) {\n    customerByPhone(phone: $phone) {\n      id\n      nameMasked\n      phoneMasked\n      complaintCount\n      complaints(first: $historyFirst) {\n        nodes {\n          ...ComplaintSummary\n        }\n      }\n    }\n  }\n": types.IntakeCustomerByPhoneDocument,
    "\n  query IntakeKbSearch($query: String!, $first: Int, $boost: ID) {\n    kbSearch(query: $query, first: $first, filter: { boostCategoryId: $boost }) {\n      searchId\n      total\n      totalIsExact\n      hits {\n        score\n        snippet\n        highlights {\n          start\n          end\n        }\n        article {\n          id\n        }\n        version {\n          id\n          number\n          title\n          category {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.IntakeKbSearchDocument,
    "\n  query IntakeSimilar($text: String!, $categoryId: ID, $first: Int) {\n    similarComplaints(text: $text, categoryId: $categoryId, first: $first) {\n      score\n      semantic\n      complaint {\n        ...ComplaintSummary\n      }\n    }\n  }\n": types.IntakeSimilarDocument,
    "\n  query IntakeSuggestions($text: String!) {\n    intakeSuggestions(text: $text) {\n      categories {\n        share\n        category {\n          id\n          name\n        }\n      }\n      priority {\n        priority\n        share\n      }\n      team {\n        share\n        team {\n          id\n          name\n        }\n      }\n      draftReply\n      resolved {\n        status\n        resolution\n        kbArticleId\n        kbArticleTitle\n        resolvedAt\n        category {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.IntakeSuggestionsDocument,
    "\n  query IntakeAnnouncements {\n    announcements(activeOnly: true, first: 100) {\n      nodes {\n        id\n        title\n        explanation\n        category {\n          id\n          parentId\n        }\n      }\n    }\n  }\n": types.IntakeAnnouncementsDocument,
    "\n  mutation IntakeCreateComplaint($input: CreateComplaintInput!) {\n    createComplaint(input: $input) {\n      complaint {\n        id\n        number\n        version\n      }\n      customerMessage\n      possibleRepeats {\n        id\n        number\n        status\n        title\n        createdAt\n      }\n    }\n  }\n": types.IntakeCreateComplaintDocument,
    "\n  query KbSearchSummary($from: DateTime) {\n    kbSearchSummary(from: $from) {\n      searches\n      distinctQueries\n      zeroResult\n      opened\n      used\n      zeroResultRate\n      openRate\n      useRate\n      semanticSearch\n    }\n  }\n": types.KbSearchSummaryDocument,
    "\n  query KbQueryStats($kind: KbQueryStatKind!, $from: DateTime, $first: Int, $after: String) {\n    kbQueryStats(kind: $kind, from: $from, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        query\n        searches\n        averageResults\n        opened\n        used\n        lastSearchedAt\n      }\n    }\n  }\n": types.KbQueryStatsDocument,
    "\n  query KbArticlesNeverFound($from: DateTime, $first: Int, $after: String) {\n    kbArticlesNeverFound(from: $from, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        publishedAt\n        published {\n          id\n          title\n          category {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.KbArticlesNeverFoundDocument,
    "\n  mutation RecordKbSearchOpen($input: RecordKbSearchOpenInput!) {\n    recordKbSearchOpen(input: $input)\n  }\n": types.RecordKbSearchOpenDocument,
    "\n  query KbSuggest($prefix: String!) {\n    kbSuggest(prefix: $prefix) {\n      articleId\n      title\n    }\n  }\n": types.KbSuggestDocument,
    "\n  query KbSearch($query: String!, $filter: KbSearchFilter, $first: Int, $after: String, $withFacets: Boolean! = true) {\n    kbSearch(query: $query, filter: $filter, first: $first, after: $after) {\n      searchId\n      total\n      endCursor\n      hasNextPage\n      facets @include(if: $withFacets) {\n        count\n        category {\n          id\n          name\n        }\n      }\n      hits {\n        score\n        snippet\n        highlights {\n          start\n          end\n        }\n        article {\n          id\n          status\n          updatedAt\n        }\n        version {\n          id\n          number\n          title\n          tags\n          category {\n            id\n            name\n            parent {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.KbSearchDocument,
    "\n  query KbArticles($filter: KbArticleFilter, $first: Int, $after: String) {\n    kbArticles(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        updatedAt\n        publishedAt\n        author {\n          id\n          displayName\n        }\n        latest {\n          id\n          number\n          title\n          scenario\n          tags\n          category {\n            id\n            name\n            parent {\n              id\n              name\n            }\n          }\n        }\n        published {\n          id\n          number\n          title\n          scenario\n          tags\n          category {\n            id\n            name\n            parent {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.KbArticlesDocument,
    "\n  fragment KbVersionFields on KbVersion {\n    id\n    number\n    title\n    scenario\n    solution\n    caveats\n    tags\n    relatedIds\n    createdAt\n    publishedAt\n    category {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n    editor {\n      id\n      displayName\n    }\n    reviewer {\n      id\n      displayName\n    }\n  }\n": types.KbVersionFieldsFragmentDoc,
    "\n  query KbArticle($id: ID!) {\n    kbArticle(id: $id) {\n      id\n      status\n      version\n      createdAt\n      updatedAt\n      publishedAt\n      author {\n        id\n        displayName\n      }\n      reviewer {\n        id\n        displayName\n      }\n      published {\n        ...KbVersionFields\n      }\n      latest {\n        ...KbVersionFields\n      }\n      versions {\n        ...KbVersionFields\n      }\n    }\n  }\n": types.KbArticleDocument,
    "\n  query KbArticleTitle($id: ID!) {\n    kbArticle(id: $id) {\n      id\n      status\n      published {\n        id\n        title\n      }\n      latest {\n        id\n        title\n      }\n    }\n  }\n": types.KbArticleTitleDocument,
    "\n  mutation CreateKbArticle($input: CreateKbArticleInput!) {\n    createKbArticle(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.CreateKbArticleDocument,
    "\n  mutation UpdateKbArticle($input: UpdateKbArticleInput!) {\n    updateKbArticle(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.UpdateKbArticleDocument,
    "\n  mutation SubmitKbArticle($input: KbArticleStepInput!) {\n    submitKbArticle(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.SubmitKbArticleDocument,
    "\n  mutation PublishKbArticle($input: KbArticleStepInput!) {\n    publishKbArticle(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.PublishKbArticleDocument,
    "\n  mutation ArchiveKbArticle($input: KbArticleStepInput!) {\n    archiveKbArticle(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ArchiveKbArticleDocument,
    "\n  fragment KbSynonymFields on KbSynonym {\n    id\n    kind\n    terms\n    source\n    note\n    version\n    updatedAt\n    updatedBy {\n      id\n      displayName\n    }\n  }\n": types.KbSynonymFieldsFragmentDoc,
    "\n  query KbSynonyms($filter: KbSynonymFilter, $first: Int, $after: String) {\n    kbSynonyms(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...KbSynonymFields\n      }\n    }\n  }\n": types.KbSynonymsDocument,
    "\n  query KbSynonymPreview($query: String!) {\n    kbSynonymPreview(query: $query) {\n      normalized\n      expansions\n    }\n  }\n": types.KbSynonymPreviewDocument,
    "\n  mutation SaveKbSynonym($input: SaveKbSynonymInput!) {\n    saveKbSynonym(input: $input) {\n      ...KbSynonymFields\n    }\n  }\n": types.SaveKbSynonymDocument,
    "\n  mutation DeleteKbSynonym($input: DeleteKbSynonymInput!) {\n    deleteKbSynonym(input: $input)\n  }\n": types.DeleteKbSynonymDocument,
    "\n  query MajorComplaints($filter: ComplaintFilter, $first: Int) {\n    complaints(filter: $filter, first: $first, orderBy: OLDEST) {\n      totalCount\n      nodes {\n        id\n        number\n        title\n        status\n        createdAt\n      }\n    }\n  }\n": types.MajorComplaintsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      user {\n        id\n        username\n        displayName\n        roles\n        team {\n          id\n          name\n        }\n      }\n      permissions\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PromiseDate($from: DateTime!, $days: Int!, $teamId: ID) {\n    workingDeadlineDetails(from: $from, workingDays: $days, teamId: $teamId) {\n      at\n      calendarName\n      missingHolidayYears\n    }\n  }\n"): typeof import('./graphql').PromiseDateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignableUsers($teamId: ID!) {\n    assignableUsers(teamId: $teamId) {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').AssignableUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Categories {\n    categories {\n      id\n      code\n      name\n      parentId\n    }\n  }\n"): typeof import('./graphql').CategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintSummary on Complaint {\n    id\n    number\n    title\n    status\n    createdAt\n  }\n"): typeof import('./graphql').ComplaintSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintListFields on Complaint {\n    id\n    number\n    title\n    status\n    channel\n    priority\n    isMajor\n    repeatOfId\n    reopenCount\n    category {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n    customer {\n      id\n      nameMasked\n      phoneMasked\n    }\n    assignee {\n      id\n      displayName\n    }\n    team {\n      id\n      name\n    }\n    createdAt\n    updatedAt\n    sla {\n      state\n      nextDueAt\n    }\n  }\n"): typeof import('./graphql').ComplaintListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleNames {\n    roles {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').RoleNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeOwnPassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): typeof import('./graphql').ChangeOwnPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationFeed {\n    notifications {\n      unreadCount\n      notification {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationList($first: Int) {\n    notifications(first: $first) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          complaintId\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n    }\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCalendars {\n    calendars {\n      id\n      name\n      isDefault\n      officialHolidays\n      version\n      zone\n      teamIds\n      holidayYears\n      weekend\n      shifts {\n        start\n        end\n      }\n    }\n    holidayYears {\n      year\n      source\n      holidays {\n        name\n        start\n        end\n        makeupWorkdays\n      }\n    }\n    teams {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AdminCalendarsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendar($input: CreateCalendarInput!) {\n    createCalendar(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCalendar($input: UpdateCalendarInput!) {\n    updateCalendar(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTeamCalendar($input: SetTeamCalendarInput!) {\n    setTeamCalendar(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').SetTeamCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportHolidayYear($input: ImportHolidayYearInput!) {\n    importHolidayYear(input: $input) {\n      replaced\n      year {\n        year\n      }\n    }\n  }\n"): typeof import('./graphql').ImportHolidayYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MajorCriteriaFields on MajorCriteria {\n    amountOverCents\n    channels\n    repeatSameIssue\n    announcementCountOver\n    version\n    updatedAt\n    updatedBy {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').MajorCriteriaFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMajorCriteria {\n    majorCriteria {\n      ...MajorCriteriaFields\n    }\n  }\n"): typeof import('./graphql').AdminMajorCriteriaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMajorCriteria($input: UpdateMajorCriteriaInput!) {\n    updateMajorCriteria(input: $input) {\n      ...MajorCriteriaFields\n    }\n  }\n"): typeof import('./graphql').UpdateMajorCriteriaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($first: Int, $after: String) {\n    users(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        username\n        displayName\n        active\n        roles\n        createdAt\n        team {\n          id\n          name\n        }\n        absent\n        backup {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRoles {\n    roles {\n      id\n      code\n      name\n      builtin\n      authorityLimitCents\n      permissions\n    }\n    permissions {\n      code\n      label\n    }\n  }\n"): typeof import('./graphql').AdminRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTeams {\n    teams {\n      id\n      name\n      kind\n      parentId\n    }\n  }\n"): typeof import('./graphql').AdminTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      username\n      displayName\n      active\n      roles\n      team {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRoster($input: SetUserRosterInput!) {\n    setUserRoster(input: $input) {\n      user {\n        id\n        absent\n        backup {\n          id\n          displayName\n        }\n      }\n      handedOver\n      handedTo {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').SetUserRosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($input: ResetPasswordInput!) {\n    resetUserPassword(input: $input)\n  }\n"): typeof import('./graphql').ResetUserPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      id\n      code\n    }\n  }\n"): typeof import('./graphql').CreateRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      id\n      code\n      name\n      permissions\n    }\n  }\n"): typeof import('./graphql').UpdateRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRoleAuthorityLimit($input: SetRoleAuthorityLimitInput!) {\n    setRoleAuthorityLimit(input: $input) {\n      id\n      code\n      authorityLimitCents\n    }\n  }\n"): typeof import('./graphql').SetRoleAuthorityLimitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      id\n      name\n      kind\n      parentId\n    }\n  }\n"): typeof import('./graphql').UpdateTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCategories {\n    categories(includeInactive: true) {\n      id\n      code\n      name\n      parentId\n      active\n      defaultTeam {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      id\n      name\n      active\n    }\n  }\n"): typeof import('./graphql').UpdateCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoutingRuleFields on RoutingRule {\n    id\n    position\n    name\n    active\n    conditions {\n      categories {\n        id\n        name\n        parent {\n          name\n        }\n      }\n      channels\n      priorities\n      productModel\n      amountMinCents\n      amountMaxCents\n      minEarlierComplaints\n      major\n    }\n    team {\n      id\n      name\n    }\n    assignMode\n    version\n    updatedAt\n    updatedBy {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').RoutingRuleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRoutingRules {\n    routingRules(first: 500) {\n      totalCount\n      nodes {\n        ...RoutingRuleFields\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRoutingRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveRoutingRule($input: SaveRoutingRuleInput!) {\n    saveRoutingRule(input: $input) {\n      ...RoutingRuleFields\n    }\n  }\n"): typeof import('./graphql').SaveRoutingRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRoutingRule($input: DeleteRoutingRuleInput!) {\n    deleteRoutingRule(input: $input)\n  }\n"): typeof import('./graphql').DeleteRoutingRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderRoutingRules($input: ReorderRoutingRulesInput!) {\n    reorderRoutingRules(input: $input) {\n      id\n      position\n      version\n    }\n  }\n"): typeof import('./graphql').ReorderRoutingRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RouteDryRun($input: RouteDryRunInput!) {\n    routeDryRun(input: $input) {\n      rule {\n        id\n        name\n        position\n      }\n      team {\n        id\n        name\n      }\n      assignee {\n        id\n        displayName\n      }\n      insteadOf {\n        id\n        displayName\n      }\n      tried {\n        ruleId\n        ruleName\n        misses\n      }\n      summary\n    }\n  }\n"): typeof import('./graphql').RouteDryRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SlaPolicyFields on SlaPolicy {\n    id\n    categoryId\n    priority\n    firstResponse {\n      value\n      unit\n    }\n    resolution {\n      value\n      unit\n    }\n    escalation {\n      value\n      unit\n    }\n    investigation {\n      value\n      unit\n    }\n    callback {\n      value\n      unit\n    }\n    version\n    updatedAt\n  }\n"): typeof import('./graphql').SlaPolicyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSlaPolicies {\n    slaPolicies {\n      ...SlaPolicyFields\n    }\n  }\n"): typeof import('./graphql').AdminSlaPoliciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSlaPolicy($input: SaveSlaPolicyInput!) {\n    saveSlaPolicy(input: $input) {\n      ...SlaPolicyFields\n    }\n  }\n"): typeof import('./graphql').SaveSlaPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Alerts($state: [AlertState!], $first: Int, $after: String) {\n    alerts(state: $state, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        level\n        kind\n        state\n        scope\n        step\n        value\n        threshold\n        raisedAt\n        lastEvaluatedAt\n        acknowledgedAt\n        ackNote\n        clearedAt\n        acknowledgedBy {\n          id\n          displayName\n        }\n        category {\n          id\n          name\n          parent {\n            id\n            name\n          }\n        }\n        announcement {\n          id\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertRules {\n    alertRules {\n      id\n      kind\n      level\n      threshold\n      windowMinutes\n      minSamples\n      enabled\n      version\n    }\n  }\n"): typeof import('./graphql').AlertRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeAlert($input: AcknowledgeAlertInput!) {\n    acknowledgeAlert(input: $input) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').AcknowledgeAlertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAlertRule($input: UpdateAlertRuleInput!) {\n    updateAlertRule(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateAlertRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenAnnouncementForAlert($input: OpenAnnouncementForAlertInput!) {\n    openAnnouncementForAlert(input: $input) {\n      id\n      announcement {\n        id\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').OpenAnnouncementForAlertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Announcements($activeOnly: Boolean!, $first: Int, $after: String) {\n    announcements(activeOnly: $activeOnly, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        explanation\n        activeFrom\n        activeUntil\n        createdAt\n        version\n        ended\n        createdBy {\n          id\n          displayName\n        }\n        category {\n          id\n          name\n          parent {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AnnouncementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAnnouncement($input: CreateAnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').CreateAnnouncementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAnnouncement($input: UpdateAnnouncementInput!) {\n    updateAnnouncement(input: $input) {\n      id\n      title\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateAnnouncementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndAnnouncement($input: EndAnnouncementInput!) {\n    endAnnouncement(input: $input) {\n      id\n      title\n      version\n      ended\n    }\n  }\n"): typeof import('./graphql').EndAnnouncementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApprovalFields on Approval {\n    id\n    complaintId\n    complaintNumber\n    status\n    amountCents\n    wronglyChargedCents\n    approvedCents\n    resolution\n    requestedBy {\n      id\n      displayName\n    }\n    requestedAt\n    decidedBy {\n      id\n      displayName\n    }\n    decidedAt\n    decisionReason\n  }\n"): typeof import('./graphql').ApprovalFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Approvals($status: ApprovalStatus, $first: Int, $after: String) {\n    approvals(status: $status, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ApprovalFields\n      }\n    }\n  }\n"): typeof import('./graphql').ApprovalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideApproval($input: DecideApprovalInput!) {\n    decideApproval(input: $input) {\n      ...ApprovalFields\n    }\n  }\n"): typeof import('./graphql').DecideApprovalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAuthority {\n    myAuthority {\n      limitCents\n    }\n  }\n"): typeof import('./graphql').MyAuthorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditVerificationFields on AuditVerification {\n    at\n    verdict\n    fromSeq\n    headSeq\n    checked\n    anchoredSeq\n    checkpoints\n    firstBadSeq\n    problemCode\n    problem\n    byName\n  }\n"): typeof import('./graphql').AuditVerificationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditChainStatus {\n    auditChainStatus {\n      headSeq\n      headAt\n      unanchored\n      keyId\n      lastCheckpoint {\n        seq\n        at\n        keyId\n        reason\n      }\n      lastVerification {\n        ...AuditVerificationFields\n      }\n    }\n  }\n"): typeof import('./graphql').AuditChainStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyAuditChain {\n    verifyAuditChain {\n      ...AuditVerificationFields\n    }\n  }\n"): typeof import('./graphql').VerifyAuditChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogs($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLogs(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        actorId\n        actorName\n        actorKind\n        action\n        outcome\n        targetType\n        targetId\n        customerId\n        fields\n        ip\n        requestId\n        detail\n      }\n    }\n  }\n"): typeof import('./graphql').AuditLogsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportAuditLogs($input: ExportAuditLogsInput!) {\n    exportAuditLogs(input: $input) {\n      filename\n      contentType\n      rowCount\n      csv\n      auditId\n    }\n  }\n"): typeof import('./graphql').ExportAuditLogsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceAlerts($state: [AlertState!], $first: Int, $after: String) {\n    complianceAlerts(state: $state, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        rule\n        actorName\n        actor {\n          id\n          username\n          displayName\n        }\n        state\n        value\n        threshold\n        windowMinutes\n        raisedAt\n        lastEvaluatedAt\n        acknowledgedAt\n        acknowledgedBy {\n          id\n          displayName\n        }\n        ackNote\n        clearedAt\n      }\n    }\n  }\n"): typeof import('./graphql').ComplianceAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceRules {\n    complianceRules {\n      rule\n      enabled\n      threshold\n      windowMinutes\n      version\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').ComplianceRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeComplianceAlert($input: AcknowledgeComplianceAlertInput!) {\n    acknowledgeComplianceAlert(input: $input) {\n      id\n      state\n      acknowledgedAt\n      ackNote\n    }\n  }\n"): typeof import('./graphql').AcknowledgeComplianceAlertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateComplianceRule($input: UpdateComplianceRuleInput!) {\n    updateComplianceRule(input: $input) {\n      rule\n      enabled\n      threshold\n      windowMinutes\n      version\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').UpdateComplianceRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerErasures($status: ErasureStatus, $first: Int, $after: String) {\n    customerErasures(status: $status, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        customerId\n        status\n        reason\n        requestedBy {\n          id\n          username\n          displayName\n        }\n        requestedAt\n        decidedBy {\n          id\n          username\n          displayName\n        }\n        decidedAt\n        decisionReason\n        complaintsScrubbed\n      }\n    }\n  }\n"): typeof import('./graphql').CustomerErasuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideCustomerErasure($input: DecideCustomerErasureInput!) {\n    decideCustomerErasure(input: $input) {\n      id\n      customerId\n      status\n      decidedAt\n      decisionReason\n      complaintsScrubbed\n    }\n  }\n"): typeof import('./graphql').DecideCustomerErasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionRules {\n    retentionRules {\n      recordClass\n      days\n      minDays\n      version\n      updatedAt\n      updatedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').RetentionRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRetentionRule($input: UpdateRetentionRuleInput!) {\n    updateRetentionRule(input: $input) {\n      recordClass\n      days\n      minDays\n      version\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').UpdateRetentionRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallbackQueue($first: Int, $after: String) {\n    callbackQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ComplaintListFields\n          version\n          resolvedAt\n          callbackAttempts\n          availableActions\n          sla {\n            currentStep\n            stepDueAt\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CallbackQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintDetail($id: ID!) {\n    complaint(id: $id) {\n      ...ComplaintListFields\n      publicStatus\n      category {\n        defaultTeam {\n          id\n          name\n        }\n      }\n      description\n      customer {\n        idCardMasked\n        emailMasked\n        complaintCount\n      }\n      announcement {\n        id\n        title\n        explanation\n        ended\n      }\n      occurredAt\n      occurredPlace\n      productModel\n      productBatch\n      orderNumber\n      purchasedOn\n      shippedOn\n      arrivedOn\n      amountDisputedCents\n      refundRequestedCents\n      refundGrantedCents\n      responsibility\n      findings\n      resolution\n      satisfaction\n      callbackAttempts\n      repeatOf {\n        id\n        number\n        title\n      }\n      acceptedBy {\n        id\n        displayName\n      }\n      acceptedTeam {\n        id\n        name\n      }\n      version\n      escalatedAt\n      firstRepliedAt\n      resolvedAt\n      closedAt\n      timeline {\n        id\n        kind\n        actor {\n          id\n          displayName\n        }\n        visibility\n        fromStatus\n        toStatus\n        body\n        data\n        promisedReplyAt\n        createdAt\n      }\n      customerTimeline {\n        at\n        kind\n        publicStatus\n        body\n        promisedReplyAt\n      }\n      attachments {\n        id\n        filename\n        contentType\n        sizeBytes\n        url\n        inlineUrl\n        uploadedBy {\n          id\n          displayName\n        }\n        createdAt\n      }\n      usedKbVersion {\n        id\n        number\n        title\n        scenario\n        solution\n        category {\n          id\n          name\n        }\n        publishedAt\n      }\n      availableActions\n      approvals {\n        ...ApprovalFields\n      }\n      sla {\n        state\n        firstResponseDueAt\n        resolutionDueAt\n        currentStep\n        stepDueAt\n        remainingWorkingMinutes\n        pausedSince\n        nextDueAt\n      }\n    }\n  }\n"): typeof import('./graphql').ComplaintDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DetailSimilar($id: ID!, $first: Int) {\n    similarComplaints(complaintId: $id, first: $first) {\n      score\n      semantic\n      complaint {\n        ...ComplaintSummary\n      }\n    }\n  }\n"): typeof import('./graphql').DetailSimilarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchTeams {\n    teams {\n      id\n      name\n      kind\n      parentId\n    }\n  }\n"): typeof import('./graphql').DispatchTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetailEscalate($input: EscalateComplaintInput!) {\n    escalateComplaint(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').DetailEscalateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetailDispatch($input: DispatchComplaintInput!) {\n    dispatchComplaint(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').DetailDispatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetailInvestigate($input: RecordInvestigationInput!) {\n    recordInvestigation(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').DetailInvestigateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetailPropose($input: ProposeResolutionInput!) {\n    proposeResolution(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').DetailProposeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetailResolve($input: ResolveComplaintInput!) {\n    resolveComplaint(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').DetailResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetailCallback($input: RecordCallbackInput!) {\n    recordCallback(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').DetailCallbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetailCallbackAttempt($input: RecordCallbackAttemptInput!) {\n    recordCallbackAttempt(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').DetailCallbackAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetailReturn($input: ReturnComplaintInput!) {\n    returnComplaint(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').DetailReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetailReopen($input: ReopenComplaintInput!) {\n    reopenComplaint(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').DetailReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetailClose($input: CloseComplaintInput!) {\n    closeComplaint(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').DetailCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetailAddNote($input: AddComplaintNoteInput!) {\n    addComplaintNote(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').DetailAddNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetailMarkRepeat($input: MarkRepeatInput!) {\n    markRepeat(input: $input) {\n      id\n      repeatOfId\n      version\n    }\n  }\n"): typeof import('./graphql').DetailMarkRepeatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetailRevealContact($input: RevealCustomerContactInput!) {\n    revealCustomerContact(input: $input) {\n      customerId\n      name\n      phone\n      idCard\n      email\n      auditId\n    }\n  }\n"): typeof import('./graphql').DetailRevealContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetailEraseCustomer($input: EraseCustomerInput!) {\n    eraseCustomer(input: $input) {\n      id\n      customerId\n      status\n      requestedAt\n    }\n  }\n"): typeof import('./graphql').DetailEraseCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetailUploadAttachment($input: UploadAttachmentInput!) {\n    uploadAttachment(input: $input) {\n      id\n      filename\n      contentType\n      sizeBytes\n      url\n    }\n  }\n"): typeof import('./graphql').DetailUploadAttachmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetailUpdateComplaint($input: UpdateComplaintInput!) {\n    updateComplaint(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').DetailUpdateComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetailAssignComplaint($input: AssignComplaintInput!) {\n    assignComplaint(input: $input) {\n      id\n      version\n      assignee {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').DetailAssignComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetailPauseClock($input: ClockChangeInput!) {\n    pauseClock(input: $input) {\n      id\n      version\n      sla {\n        state\n      }\n    }\n  }\n"): typeof import('./graphql').DetailPauseClockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetailResumeClock($input: ClockChangeInput!) {\n    resumeClock(input: $input) {\n      id\n      version\n      sla {\n        state\n      }\n    }\n  }\n"): typeof import('./graphql').DetailResumeClockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintQueue(\n    $filter: ComplaintFilter\n    $first: Int\n    $after: String\n    $orderBy: ComplaintOrder\n    $withAnnouncement: Boolean! = false\n  ) {\n    complaints(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ComplaintListFields\n          announcement @include(if: $withAnnouncement) {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ComplaintQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintStats($filter: ComplaintStatsFilter) {\n    complaintStats(filter: $filter) {\n      from\n      to\n      total\n      open\n      resolved\n      closed\n      repeats\n      major\n      reopened\n      satisfactionCount\n      satisfactionAverage\n      satisfiedRate\n      byDay {\n        day\n        count\n      }\n      byCategory {\n        count\n        category {\n          id\n          name\n          parent {\n            id\n            name\n          }\n        }\n      }\n      byChannel {\n        channel\n        count\n      }\n      byStatus {\n        status\n        count\n      }\n      bySatisfaction {\n        score\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').ComplaintStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardChanged {\n    dashboardChanged {\n      at\n    }\n  }\n"): typeof import('./graphql').DashboardChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KpiRowFields on KpiRow {\n    key\n    label\n    volume\n    responseTimelinessRate\n    stepTimeoutRate\n    firstContactResolutionRate\n    timelyCompletionRate\n    satisfactionAverage\n    satisfactionDistribution {\n      score\n      count\n    }\n    callbackRate\n    repeatRate\n    reopenRate\n    averageHandlingHours\n    majorCount\n    perTenThousandCustomers\n    checks {\n      metric\n      verdict\n    }\n  }\n"): typeof import('./graphql').KpiRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Kpis($from: DateTime, $to: DateTime, $groupBy: [KpiGroupBy!]!) {\n    kpis(from: $from, to: $to, groupBy: $groupBy) {\n      from\n      to\n      total {\n        ...KpiRowFields\n      }\n      groups {\n        by\n        rows {\n          ...KpiRowFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').KpisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeCustomerByPhone($phone: String!, $historyFirst: Int!) {\n    customerByPhone(phone: $phone) {\n      id\n      nameMasked\n      phoneMasked\n      complaintCount\n      complaints(first: $historyFirst) {\n        nodes {\n          ...ComplaintSummary\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IntakeCustomerByPhoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeKbSearch($query: String!, $first: Int, $boost: ID) {\n    kbSearch(query: $query, first: $first, filter: { boostCategoryId: $boost }) {\n      searchId\n      total\n      totalIsExact\n      hits {\n        score\n        snippet\n        highlights {\n          start\n          end\n        }\n        article {\n          id\n        }\n        version {\n          id\n          number\n          title\n          category {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IntakeKbSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeSimilar($text: String!, $categoryId: ID, $first: Int) {\n    similarComplaints(text: $text, categoryId: $categoryId, first: $first) {\n      score\n      semantic\n      complaint {\n        ...ComplaintSummary\n      }\n    }\n  }\n"): typeof import('./graphql').IntakeSimilarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeSuggestions($text: String!) {\n    intakeSuggestions(text: $text) {\n      categories {\n        share\n        category {\n          id\n          name\n        }\n      }\n      priority {\n        priority\n        share\n      }\n      team {\n        share\n        team {\n          id\n          name\n        }\n      }\n      draftReply\n      resolved {\n        status\n        resolution\n        kbArticleId\n        kbArticleTitle\n        resolvedAt\n        category {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IntakeSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeAnnouncements {\n    announcements(activeOnly: true, first: 100) {\n      nodes {\n        id\n        title\n        explanation\n        category {\n          id\n          parentId\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IntakeAnnouncementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntakeCreateComplaint($input: CreateComplaintInput!) {\n    createComplaint(input: $input) {\n      complaint {\n        id\n        number\n        version\n      }\n      customerMessage\n      possibleRepeats {\n        id\n        number\n        status\n        title\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').IntakeCreateComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbSearchSummary($from: DateTime) {\n    kbSearchSummary(from: $from) {\n      searches\n      distinctQueries\n      zeroResult\n      opened\n      used\n      zeroResultRate\n      openRate\n      useRate\n      semanticSearch\n    }\n  }\n"): typeof import('./graphql').KbSearchSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbQueryStats($kind: KbQueryStatKind!, $from: DateTime, $first: Int, $after: String) {\n    kbQueryStats(kind: $kind, from: $from, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        query\n        searches\n        averageResults\n        opened\n        used\n        lastSearchedAt\n      }\n    }\n  }\n"): typeof import('./graphql').KbQueryStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbArticlesNeverFound($from: DateTime, $first: Int, $after: String) {\n    kbArticlesNeverFound(from: $from, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        publishedAt\n        published {\n          id\n          title\n          category {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').KbArticlesNeverFoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordKbSearchOpen($input: RecordKbSearchOpenInput!) {\n    recordKbSearchOpen(input: $input)\n  }\n"): typeof import('./graphql').RecordKbSearchOpenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbSuggest($prefix: String!) {\n    kbSuggest(prefix: $prefix) {\n      articleId\n      title\n    }\n  }\n"): typeof import('./graphql').KbSuggestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbSearch($query: String!, $filter: KbSearchFilter, $first: Int, $after: String, $withFacets: Boolean! = true) {\n    kbSearch(query: $query, filter: $filter, first: $first, after: $after) {\n      searchId\n      total\n      endCursor\n      hasNextPage\n      facets @include(if: $withFacets) {\n        count\n        category {\n          id\n          name\n        }\n      }\n      hits {\n        score\n        snippet\n        highlights {\n          start\n          end\n        }\n        article {\n          id\n          status\n          updatedAt\n        }\n        version {\n          id\n          number\n          title\n          tags\n          category {\n            id\n            name\n            parent {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').KbSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbArticles($filter: KbArticleFilter, $first: Int, $after: String) {\n    kbArticles(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        updatedAt\n        publishedAt\n        author {\n          id\n          displayName\n        }\n        latest {\n          id\n          number\n          title\n          scenario\n          tags\n          category {\n            id\n            name\n            parent {\n              id\n              name\n            }\n          }\n        }\n        published {\n          id\n          number\n          title\n          scenario\n          tags\n          category {\n            id\n            name\n            parent {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').KbArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KbVersionFields on KbVersion {\n    id\n    number\n    title\n    scenario\n    solution\n    caveats\n    tags\n    relatedIds\n    createdAt\n    publishedAt\n    category {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n    editor {\n      id\n      displayName\n    }\n    reviewer {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').KbVersionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbArticle($id: ID!) {\n    kbArticle(id: $id) {\n      id\n      status\n      version\n      createdAt\n      updatedAt\n      publishedAt\n      author {\n        id\n        displayName\n      }\n      reviewer {\n        id\n        displayName\n      }\n      published {\n        ...KbVersionFields\n      }\n      latest {\n        ...KbVersionFields\n      }\n      versions {\n        ...KbVersionFields\n      }\n    }\n  }\n"): typeof import('./graphql').KbArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbArticleTitle($id: ID!) {\n    kbArticle(id: $id) {\n      id\n      status\n      published {\n        id\n        title\n      }\n      latest {\n        id\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').KbArticleTitleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateKbArticle($input: CreateKbArticleInput!) {\n    createKbArticle(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').CreateKbArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateKbArticle($input: UpdateKbArticleInput!) {\n    updateKbArticle(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateKbArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitKbArticle($input: KbArticleStepInput!) {\n    submitKbArticle(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').SubmitKbArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishKbArticle($input: KbArticleStepInput!) {\n    publishKbArticle(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').PublishKbArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveKbArticle($input: KbArticleStepInput!) {\n    archiveKbArticle(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').ArchiveKbArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KbSynonymFields on KbSynonym {\n    id\n    kind\n    terms\n    source\n    note\n    version\n    updatedAt\n    updatedBy {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').KbSynonymFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbSynonyms($filter: KbSynonymFilter, $first: Int, $after: String) {\n    kbSynonyms(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...KbSynonymFields\n      }\n    }\n  }\n"): typeof import('./graphql').KbSynonymsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbSynonymPreview($query: String!) {\n    kbSynonymPreview(query: $query) {\n      normalized\n      expansions\n    }\n  }\n"): typeof import('./graphql').KbSynonymPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveKbSynonym($input: SaveKbSynonymInput!) {\n    saveKbSynonym(input: $input) {\n      ...KbSynonymFields\n    }\n  }\n"): typeof import('./graphql').SaveKbSynonymDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteKbSynonym($input: DeleteKbSynonymInput!) {\n    deleteKbSynonym(input: $input)\n  }\n"): typeof import('./graphql').DeleteKbSynonymDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MajorComplaints($filter: ComplaintFilter, $first: Int) {\n    complaints(filter: $filter, first: $first, orderBy: OLDEST) {\n      totalCount\n      nodes {\n        id\n        number\n        title\n        status\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').MajorComplaintsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
