/** Sends a lifecycle action to the server with the mutation that belongs to it. */
import { gqlRequest } from '../../api/client';
import type { ComplaintStatus } from '../../gql/graphql';
import type { ActionRequest } from './actions';
import {
  CallbackAttemptMutation,
  CallbackMutation,
  CloseMutation,
  DispatchMutation,
  EscalateMutation,
  InvestigateMutation,
  ProposeMutation,
  ReopenMutation,
  ResolveMutation,
  ReturnMutation,
} from './queries';

export interface ActionOutcome {
  status: ComplaintStatus;
  version: number;
}

export async function runAction(req: ActionRequest): Promise<ActionOutcome> {
  switch (req.action) {
    case 'ESCALATE':
      return (await gqlRequest(EscalateMutation, { input: req.input })).escalateComplaint;
    case 'DISPATCH':
      return (await gqlRequest(DispatchMutation, { input: req.input })).dispatchComplaint;
    case 'RETURN':
      return (await gqlRequest(ReturnMutation, { input: req.input })).returnComplaint;
    case 'RECORD_INVESTIGATION':
      return (await gqlRequest(InvestigateMutation, { input: req.input })).recordInvestigation;
    case 'PROPOSE_RESOLUTION':
      return (await gqlRequest(ProposeMutation, { input: req.input })).proposeResolution;
    case 'RESOLVE':
      return (await gqlRequest(ResolveMutation, { input: req.input })).resolveComplaint;
    case 'RECORD_CALLBACK':
      return (await gqlRequest(CallbackMutation, { input: req.input })).recordCallback;
    case 'CALLBACK_ATTEMPT':
      return (await gqlRequest(CallbackAttemptMutation, { input: req.input })).recordCallbackAttempt;
    case 'REOPEN':
      return (await gqlRequest(ReopenMutation, { input: req.input })).reopenComplaint;
    case 'CLOSE':
      return (await gqlRequest(CloseMutation, { input: req.input })).closeComplaint;
  }
}
