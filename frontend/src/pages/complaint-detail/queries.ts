import { graphql } from '../../gql';

export const ComplaintDetailQuery = graphql(`
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
`);

export const DetailSimilarQuery = graphql(`
  query DetailSimilar($id: ID!, $first: Int) {
    similarComplaints(complaintId: $id, first: $first) {
      score
      semantic
      complaint {
        ...ComplaintSummary
      }
    }
  }
`);

export const DispatchTeamsQuery = graphql(`
  query DispatchTeams {
    teams {
      id
      name
      kind
      parentId
    }
  }
`);

export const EscalateMutation = graphql(`
  mutation DetailEscalate($input: EscalateComplaintInput!) {
    escalateComplaint(input: $input) {
      id
      status
      version
    }
  }
`);

export const DispatchMutation = graphql(`
  mutation DetailDispatch($input: DispatchComplaintInput!) {
    dispatchComplaint(input: $input) {
      id
      status
      version
    }
  }
`);

export const InvestigateMutation = graphql(`
  mutation DetailInvestigate($input: RecordInvestigationInput!) {
    recordInvestigation(input: $input) {
      id
      status
      version
    }
  }
`);

export const ProposeMutation = graphql(`
  mutation DetailPropose($input: ProposeResolutionInput!) {
    proposeResolution(input: $input) {
      id
      status
      version
    }
  }
`);

export const ResolveMutation = graphql(`
  mutation DetailResolve($input: ResolveComplaintInput!) {
    resolveComplaint(input: $input) {
      id
      status
      version
    }
  }
`);

export const CallbackMutation = graphql(`
  mutation DetailCallback($input: RecordCallbackInput!) {
    recordCallback(input: $input) {
      id
      status
      version
    }
  }
`);

export const CallbackAttemptMutation = graphql(`
  mutation DetailCallbackAttempt($input: RecordCallbackAttemptInput!) {
    recordCallbackAttempt(input: $input) {
      id
      status
      version
    }
  }
`);

export const ReturnMutation = graphql(`
  mutation DetailReturn($input: ReturnComplaintInput!) {
    returnComplaint(input: $input) {
      id
      status
      version
    }
  }
`);

export const ReopenMutation = graphql(`
  mutation DetailReopen($input: ReopenComplaintInput!) {
    reopenComplaint(input: $input) {
      id
      status
      version
    }
  }
`);

export const CloseMutation = graphql(`
  mutation DetailClose($input: CloseComplaintInput!) {
    closeComplaint(input: $input) {
      id
      status
      version
    }
  }
`);

export const AddNoteMutation = graphql(`
  mutation DetailAddNote($input: AddComplaintNoteInput!) {
    addComplaintNote(input: $input) {
      id
    }
  }
`);

export const MarkRepeatMutation = graphql(`
  mutation DetailMarkRepeat($input: MarkRepeatInput!) {
    markRepeat(input: $input) {
      id
      repeatOfId
      version
    }
  }
`);

export const RevealContactMutation = graphql(`
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
`);

export const EraseCustomerMutation = graphql(`
  mutation DetailEraseCustomer($input: EraseCustomerInput!) {
    eraseCustomer(input: $input) {
      id
      customerId
      status
      requestedAt
    }
  }
`);

export const UploadAttachmentMutation = graphql(`
  mutation DetailUploadAttachment($input: UploadAttachmentInput!) {
    uploadAttachment(input: $input) {
      id
      filename
      contentType
      sizeBytes
      url
    }
  }
`);

export const UpdateComplaintMutation = graphql(`
  mutation DetailUpdateComplaint($input: UpdateComplaintInput!) {
    updateComplaint(input: $input) {
      id
      version
    }
  }
`);

export const AssignComplaintMutation = graphql(`
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
`);
