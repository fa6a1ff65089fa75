import { graphql } from '../../gql';

export const PauseClockMutation = graphql(`
  mutation DetailPauseClock($input: ClockChangeInput!) {
    pauseClock(input: $input) {
      id
      version
      sla {
        state
      }
    }
  }
`);

export const ResumeClockMutation = graphql(`
  mutation DetailResumeClock($input: ClockChangeInput!) {
    resumeClock(input: $input) {
      id
      version
      sla {
        state
      }
    }
  }
`);
