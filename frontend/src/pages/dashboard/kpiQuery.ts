/** The `kpis` documents shared by the dashboard's KPI tab and the monthly report. */
import { graphql } from '../../gql';
import type { KpiRowFieldsFragment } from '../../gql/graphql';

export const KpiRowFieldsDoc = graphql(`
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
`);

export const KpisDoc = graphql(`
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
`);

export type KpiRowData = KpiRowFieldsFragment;
