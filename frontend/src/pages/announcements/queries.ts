import { graphql } from '../../gql';
import type { AnnouncementsQuery } from '../../gql/graphql';

export const AnnouncementsDoc = graphql(`
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
`);

export type AnnouncementRow = AnnouncementsQuery['announcements']['nodes'][number];

export const CreateAnnouncementDoc = graphql(`
  mutation CreateAnnouncement($input: CreateAnnouncementInput!) {
    createAnnouncement(input: $input) {
      id
      title
    }
  }
`);

export const UpdateAnnouncementDoc = graphql(`
  mutation UpdateAnnouncement($input: UpdateAnnouncementInput!) {
    updateAnnouncement(input: $input) {
      id
      title
      version
    }
  }
`);

export const EndAnnouncementDoc = graphql(`
  mutation EndAnnouncement($input: EndAnnouncementInput!) {
    endAnnouncement(input: $input) {
      id
      title
      version
      ended
    }
  }
`);
